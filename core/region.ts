// Words that place a page in the hip, groin, buttock and lower-back region. A page with none of
// them is not about our topic, whatever abbreviations or loose terms it shares with the library.
import { stem } from './text';

// "pelvic" is left out: pelvic inflammatory disease and pelvic floor pages are gynaecology or
// continence, not our region.
export const REGION_WORD_LIST: readonly string[] = [
    'hip', 'hips', 'groin', 'groins', 'buttock', 'buttocks', 'pelvis', 'thigh', 'thighs', 'femur', 'femoral',
    'gluteal', 'glute', 'glutes', 'gluteus', 'sacroiliac', 'sciatic', 'sciatica', 'inguinal', 'pubic', 'pubis', 'adductor',
    'adductors', 'hamstring', 'hamstrings', 'iliopsoas', 'psoas', 'trochanter', 'trochanteric', 'acetabulum', 'acetabular',
    'lumbar', 'sacrum', 'sacral', 'ischial', 'coccyx', 'tailbone', 'iliac', 'spine', 'spinal', 'vertebra', 'vertebrae',
    'backache', 'sciatic',
    // Everyday words for the same places ("a pain in my bum", "butt cheek"); their other senses
    // ("cigarette butt", "beach bum") are breaks (core/other-senses.ts).
    'bum', 'bums', 'butt', 'butts', 'backside', 'backsides', 'crotch',
];
export const REGION_WORDS: ReadonlySet<string> = new Set(REGION_WORD_LIST.map(stem));

/**
 * The region words that place a term beside the hip, groin, buttock or low back: all of ours but
 * the spine's, which a neck or upper-back page uses too. A term that also names other regions
 * or any joint ("slipped disc", "osteonecrosis", "CDH") counts only near one of these.
 */
export const CONTEXT_WORDS: ReadonlySet<string> = new Set(
  [...REGION_WORDS].filter((w) => !['spine', 'spinal', 'vertebra', 'vertebrae', 'backache'].map(stem).includes(w)),
);

/** Two-word phrases that place a page in our region though neither word does alone. */
// The everyday ones read with their stopwords dropped: "the top of my leg", "the small of the
// back", "the bottom of my back", "the back of the leg".
export const REGION_PAIR_LIST: readonly string[] = [
  'low back', 'lower back', 'back pain', 'sit bone', 'sitting bone', 'tail bone', 'sacroiliac joint', 'upper leg',
  'top leg', 'small back', 'bottom back', 'base back', 'back leg',
];
export const REGION_PAIRS: ReadonlySet<string> = new Set(REGION_PAIR_LIST.map((p) => p.split(' ').map(stem).join(' ')));
/** The pairs that also place a term beside our region (CONTEXT_WORDS): all but "back pain", which is such a term itself. */
export const CONTEXT_PAIRS: ReadonlySet<string> = new Set([...REGION_PAIRS].filter((p) => p !== 'back pain'));
/** Words that, before "back", move it out of our region ("upper back pain"). */
export const NOT_LOWER_BACK: ReadonlySet<string> = new Set(['upper', 'mid', 'middle', 'thoracic'].map(stem));

/** Words that say a page is about animals: HipLens is about people ("hip dysplasia in dogs"). */
export const ANIMAL_WORDS: ReadonlySet<string> = new Set(
  [
    'dog', 'dogs', 'puppy', 'puppies', 'canine', 'cat', 'cats', 'kitten', 'feline', 'horse', 'horses', 'equine', 'pony', 'foal',
    'vet', 'vets', 'veterinary', 'veterinarian', 'breed', 'breeds', 'breeder', 'breeders', 'pet', 'pets', 'livestock', 'cattle',
  ].map(stem),
);

/** Words that say nothing about a topic on their own, however prominent ("Knee injuries and disorders"). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  [
    'injury', 'injuries', 'disorder', 'disorders', 'problem', 'problems', 'pain', 'painful', 'disease', 'diseases', 'syndrome',
    'condition', 'conditions', 'treatment', 'treatments', 'symptom', 'symptoms', 'health', 'care', 'surgery', 'exercise',
    'exercises', 'joint', 'joints', 'muscle', 'muscles', 'bone', 'bones', 'tear', 'sore', 'ache', 'aching', 'chronic', 'acute',
    'what', 'how', 'why', 'when', 'guide', 'overview', 'causes', 'cause', 'relief', 'injured', 'dysfunction',
  ].map(stem),
);

/** Words that say where on the body, not what is wrong: with region words they make a place phrase ("pain on the outer side of the hip"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  ['side', 'front', 'back', 'outer', 'inner', 'outside', 'inside', 'upper', 'lower', 'low', 'deep', 'left', 'right', 'both', 'area', 'region'].map(stem),
);

/** Hernias of other places: a "Hiatal hernia" page is about the stomach, not the groin. */
export const HERNIAS_ELSEWHERE: readonly string[] = ['hiatal', 'hiatus', 'diaphragmatic', 'umbilical', 'incisional', 'paraumbilical', 'epigastric'];

/**
 * Other parts of the body: a heading naming one is about that part, not ours ("Knee bursitis"),
 * and a page naming them more often than ours is about them.
 */
export const OTHER_REGION_WORDS: ReadonlySet<string> = new Set(
  [
    'knee', 'knees', 'kneecap', 'patella', 'patellar', 'shoulder', 'shoulders', 'ankle', 'ankles', 'elbow', 'elbows', 'wrist',
    'wrists', 'hand', 'hands', 'finger', 'fingers', 'thumb', 'foot', 'feet', 'heel', 'toe', 'toes', 'neck', 'jaw', 'arm', 'arms',
    'chest', 'abdomen', 'abdominal', 'stomach', 'kidney', 'kidneys', 'head', 'eye', 'eyes', 'ear', 'skin', 'heart', 'lung', 'lungs',
    'calf', 'shin', 'achilles', 'rotator', 'cervical', 'thoracic', ...HERNIAS_ELSEWHERE,
  ].map(stem),
);

/**
 * The parts of OTHER_REGION_WORDS that compete with ours for a page's topic. The foot, ankle,
 * calf and shin are left out: sciatica and nerve pages name them as where symptoms are felt.
 */
export const COMPETING_REGION_WORDS: ReadonlySet<string> = new Set(
  [...OTHER_REGION_WORDS].filter((w) => !['foot', 'feet', 'toe', 'heel', 'calf', 'shin', 'ankle', 'achille'].map(stem).includes(w)),
);
