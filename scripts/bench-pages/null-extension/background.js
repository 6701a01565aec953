// Intentionally empty: the null extension has a background like HipLens does, and it does nothing.
