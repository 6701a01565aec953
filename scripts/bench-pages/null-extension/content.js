// Intentionally empty: the browser still injects it into every page at document_idle, which is the cost measured.
