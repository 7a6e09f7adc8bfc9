// The drafts both benchmarks read (scripts/bench.mjs times them, scripts/count.mjs counts the
// instructions they take): sourced news, filler, hype, heated drafts and personal trivia, in
// French and English. A batch cycles through them, each copy numbered so that no two drafts are equal.
import { writeFileSync } from "node:fs";
import { join } from "node:path";

export const SAMPLES = [
  "La BCE relève ses taux directeurs de 25 pb à 4,50 %, selon le communiqué publié ce jeudi https://www.ecb.europa.eu #BCE #taux",
  "The Fed held rates at 5.25-5.50% on Wednesday; Powell said cuts are not yet on the table (source: FOMC statement) $SPY",
  "Assurance-vie : la collecte nette atteint 3,2 Md€ en octobre d'après France Assureurs. Les fonds euros restent prisés.",
  "Q3 results: net banking income up 4.2%, CET1 ratio at 13.1%, cost of risk stable. Full release via @BNPParibas",
  "Bonjour à tous ! Belle journée ☀️",
  "just saying... stay tuned 🚀🚀🚀",
  "Les épargnants se tournent vers le Livret A : +2,1 Md€ de collecte nette en septembre (Caisse des dépôts).",
  "Climate risk: insurers paid out $110bn in natural catastrophe claims in 2025, Swiss Re estimates.",
  "C'est SCANDALEUX !!! Vous êtes des incapables, honte à vous 😡",
  "What a JOKE. You people never learn!!! Shame on you",
  "Mon déjeuner était délicieux aujourd'hui, vive les vacances",
  "Fintech : la levée de fonds de 45 M€ annoncée ce matin confirme l'appétit des investisseurs pour le paiement instantané.",
];

/** Writes `n` drafts as `drafts-<n>.jsonl` in `dir`; returns its path. */
export function writeBatch(dir, n) {
  const file = join(dir, `drafts-${n}.jsonl`);
  const lines = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify({ id: `d${i}`, text: `${SAMPLES[i % SAMPLES.length]} (${i})` }));
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}
