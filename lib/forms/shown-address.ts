import { domainToUnicode } from "node:url";

/**
 * An address as its owner knows it: the domain in its own script (`ada@münchen.de`), where it is kept and mailed in
 * ASCII (`ada@xn--mnchen-3ya.de`, lib/forms/schemas.ts). A reader shown the ASCII form did not recognise it as theirs.
 */
export function shownAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 0 || !address.includes("xn--", at)) return address;
  return `${address.slice(0, at)}@${domainToUnicode(address.slice(at + 1)) || address.slice(at + 1)}`;
}
