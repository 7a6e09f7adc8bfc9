// The last line of a blocked commit or push, written by twcheck when the installed hook runs it.
import { blockedLine, hookOfRun } from "../../src/hook/blocked.js";

describe("hookOfRun", () => {
  const argv = ["node", "twcheck", "--staged"];
  it("is the hook named by TWCHECK_HOOK when git's drafts are checked", () => {
    expect(hookOfRun({ TWCHECK_HOOK: "pre-commit" }, argv)).toBe("pre-commit");
    expect(hookOfRun({ TWCHECK_HOOK: "pre-push" }, ["node", "twcheck", "--pushed"])).toBe("pre-push");
  });
  it("is none by hand, for another command, or for an unknown hook", () => {
    expect(hookOfRun({}, argv)).toBeNull();
    expect(hookOfRun({ TWCHECK_HOOK: "pre-commit" }, ["node", "twcheck", "drafts/"])).toBeNull();
    expect(hookOfRun({ TWCHECK_HOOK: "post-merge" }, argv)).toBeNull();
  });
});

describe("blockedLine", () => {
  it.each([
    ["pre-commit", 1, "en", "twcheck: commit blocked: a draft is not ready (see above). To commit anyway, deliberately: git commit --no-verify"],
    ["pre-commit", 1, "fr", "twcheck: commit bloqué : un brouillon n'est pas prêt (voir ci-dessus). Pour valider quand même, délibérément : git commit --no-verify"],
    ["pre-push", 1, "en", "twcheck: push blocked: a draft is not ready (see above). To push anyway, deliberately: git push --no-verify"],
    ["pre-push", 1, "fr", "twcheck: push bloqué : un brouillon n'est pas prêt (voir ci-dessus). Pour pousser quand même, délibérément : git push --no-verify"],
    ["pre-commit", 2, "en", "twcheck: commit blocked: the drafts could not be checked (exit 2, see above). To commit anyway, deliberately: git commit --no-verify"],
    ["pre-push", 2, "fr", "twcheck: push bloqué : les brouillons n'ont pas pu être vérifiés (code 2, voir ci-dessus). Pour pousser quand même, délibérément : git push --no-verify"],
  ] as const)("%s, exit %d, %s", (type, status, locale, line) => {
    expect(blockedLine(type, status, locale)).toBe(line);
  });
});
