import { tokensOf } from "../../../src/lang/analyze.js";
import { customersAddressed } from "../../../src/rules/relevant/service.js";

const voices = { firmVoice: new Set(["nous", "notre", "nos", "we", "our", "us"]), readerWords: new Set(["vous", "votre", "vos", "you", "your"]) };
const who = (text: string, namesService = true) => customersAddressed(namesService, tokensOf(text), voices);

describe("customersAddressed: a firm's word to its customers", () => {
  it.each([
    ["Votre carte peut désormais être verrouillée depuis l'appli", "Misplaced your card? Freeze it in the app"],
  ])("the reader: %s | %s", (fr, en) => {
    expect(who(fr)).toBe("reader");
    expect(who(en)).toBe("reader");
  });

  it.each([["Nos agences seront fermées le lundi de Pentecôte", "Our app is back up and running"]])("the firm alone: %s | %s", (fr, en) => {
    expect(who(fr)).toBe("firm");
    expect(who(en)).toBe("firm");
  });

  it("not the words of a message quoted", () => {
    const text = "Reçu un SMS « Votre compte sera suspendu » avec un lien chelou";
    const inQuote = (at: number) => at > text.indexOf("«") && at < text.indexOf("»");
    expect(customersAddressed(true, tokensOf(text), voices, inQuote)).toBeNull();
    expect(customersAddressed(true, tokensOf(text), voices)).toBe("reader");
  });

  it("no one without a service named, nor `US` read as `us`", () => {
    expect(who("Nos agences seront fermées lundi", false)).toBeNull();
    expect(who("Fortnite is back on the US App Store")).toBeNull();
  });
});
