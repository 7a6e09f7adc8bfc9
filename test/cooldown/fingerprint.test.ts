import { fingerprint } from "../../src/cooldown/fingerprint.js";

describe("cool-down fingerprint", () => {
  it("is the same for the same words, whatever the case, accents or spacing", () => {
    const a = fingerprint("Vous êtes des voleurs !!!");
    expect(fingerprint("vous etes des   voleurs !!!\n")).toBe(a);
    expect(fingerprint("VOUS ÊTES DES VOLEURS !!!")).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes with any edit of the words or punctuation", () => {
    const a = fingerprint("You people are a disgrace!!!");
    expect(fingerprint("You people are a disgrace!!")).not.toBe(a);
    expect(fingerprint("You people are a disgrace!!! Fix it.")).not.toBe(a);
  });
});
