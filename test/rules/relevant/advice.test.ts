import { tokensOf } from "../../../src/lang/analyze.js";
import { createPackLoader } from "../../../src/packs/load.js";
import { advisesReader, adviceWords } from "../../../src/rules/relevant/advice.js";
import { lexicon } from "../../../src/rules/relevant/lexicon.js";

const words = lexicon(createPackLoader([], process.cwd())).advice;
const advises = (text: string) => advisesReader(tokensOf(text), words);

describe("advisesReader: an instruction opening a clause", () => {
  it.each([
    ["Rentrez les meubles de jardin avant l'orage", "Secure bins and garden furniture before the storm"],
    ["Épisode de grêle ce soir : repliez les stores et débranchez les appareils", "Heavy rain tonight. Clear gutters and keep our claims line handy"],
    ["En cas de grêle, ne prenez jamais la route", "If it hails, never drive through it"],
    ["Pensez à la garantie équipement du pilote !", "Make sure your travel policy covers the trip"],
  ])("reads advice: %s | %s", (fr, en) => {
    expect(advises(fr)).toBe(true);
    expect(advises(en)).toBe(true);
  });

  it.each([
    ["Vous rentrez tard ce soir ?", "We checked the garden furniture last night"],
    ["On mange chez Paul, il y a assez de place", "The checks are in the mail"],
    ["Allez les Bleus !", "Keeping it simple today"],
  ])("reads no advice: %s | %s", (fr, en) => {
    expect(advises(fr)).toBe(false);
    expect(advises(en)).toBe(false);
  });

  it("reads the packs' lists as given: phrases of several words, endings, exceptions", () => {
    const own = adviceWords([{ imperatives: ["turn off"], imperativeEndings: ["ez"], notImperatives: ["payez"], beforeImperative: ["please"] }]);
    expect(advisesReader(tokensOf("Please turn off the water"), own)).toBe(true);
    expect(advisesReader(tokensOf("Turn the page"), own)).toBe(false);
    expect(advisesReader(tokensOf("Payez moins"), own)).toBe(false);
    expect(advisesReader(tokensOf("Changez de banque"), own)).toBe(true);
  });
});
