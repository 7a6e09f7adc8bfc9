export async function run(argv: string[]): Promise<void> {
  process.stdout.write(`twcheck ${argv.length}\n`);
}
