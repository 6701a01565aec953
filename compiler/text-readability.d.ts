// text-readability 1.1.1 ships no types; these are the functions the reading-level gate uses.
declare module 'text-readability' {
  const readability: {
    fleschKincaidGrade(text: string): number;
    fleschReadingEase(text: string): number;
    sentenceCount(text: string): number;
    lexiconCount(text: string, removePunctuation?: boolean): number;
    syllableCount(text: string, lang?: string): number;
  };
  export default readability;
}
