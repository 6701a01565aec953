// The batch contract of ../shared/eval/score.mjs, apart from the command line so tests can drive
// it: lines {"id","url","html"} in, one line {"id","suggestions":[{"id","score"}]} out per page,
// in order. A page that cannot be answered (bad JSON, a crash while matching) stops the batch
// with its line and id named on stderr and a non-zero exit: the scorer would count "[]" as quiet.
export type Answer = (html: string) => { id: string; score: number }[];

export interface BatchOutput {
  out(line: string): void;
  err(line: string): void;
}

/** Answers each line; returns the exit status (0, or 1 at the first page that failed). */
export async function answerBatch(lines: AsyncIterable<string> | Iterable<string>, answer: Answer, io: BatchOutput): Promise<number> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let id = `(line ${lineNumber})`;
    try {
      const page = JSON.parse(line) as { id?: unknown; html?: unknown };
      if (typeof page.id === 'string') id = page.id;
      if (typeof page.id !== 'string' || typeof page.html !== 'string') throw new Error('a line needs "id" and "html" texts');
      io.out(JSON.stringify({ id: page.id, suggestions: answer(page.html) }));
    } catch (error) {
      io.err(`related: page ${id} at line ${lineNumber} failed: ${(error as Error).stack ?? error}`);
      return 1;
    }
  }
  return 0;
}
