import { decodeHelpData, type CompactHelpBoxData, type HelpBoxData, type HelpState } from "@/lib/help-data";
import { guessRegion } from "@/lib/region-guess";

// The scripts that put the reader's numbers into the help box before the first paint, with no
// wait for the JavaScript bundle, hydration or a fetch (on a slow phone those took four seconds).
// The help box script (/help-box/{locale}.js, one small file per language, loaded in <head> like the
// stylesheet and cached for good: its address changes with its content) carries the data for every
// region and reads the reader's saved region or else makes the guess from the time zone and
// languages (guessRegion, the same function the React side uses). HELP_BOX_FILL, one line straight after the box, builds the box
// with DOM methods (no HTML from data) before the browser paints it. Storage changes refill it, so
// a region chosen later on the page shows at once. React never renders inside the box's body, so
// hydration leaves it alone. The same script puts the number into the page's own text where it
// says {emergency} (the spans of EmergencyText), when the document has been read, on every region
// change, and after each move to another page inside the site (window.steadyHelpFill).
//
// The functions are sent as their own source text, so they must not use anything from outside
// themselves but their parameters. Their hashes go into each page's Content-Security-Policy with
// Next's scripts.

function fillHelpBox(guess: typeof guessRegion, decode: typeof decodeHelpData) {
  const w = window as unknown as {
    steadyHelpData?: CompactHelpBoxData;
    steadyHelpBox?: () => void;
    steadyHelpFill?: () => void;
    steadyHelp?: HelpState;
  };
  if (!w.steadyHelpData) return;
  const data: HelpBoxData = decode(w.steadyHelpData);
  let box: HTMLElement | null = null;
  let body: Element | null = null;
  let empty: ChildNode[] = [];
  // The guess is made once, now, while the page is still loading (reading the time zone starts
  // Intl, which takes tens of milliseconds on a slow phone).
  let zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    /* no Intl time zone */
  }
  const guessed = guess({ timeZone: zone, languages: navigator.languages }, data.zones, new Set(Object.keys(data.regions)));
  // The React side (the region provider) takes the regions and the guess from here.
  w.steadyHelp = { regions: data.regions, guess: guessed };
  const c = data.classes;
  const s = data.strings;
  // Numbers are left-to-right isolates, so they keep their order inside Arabic text.
  const ltr = (text: string) => "\u2066" + text + "\u2069";
  const fill = (template: string, values: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? values[key] : whole));
  const node = (tag: string, className: string, text?: string) => {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  };
  const link = (href: string, className: string, text: string) => {
    const a = node("a", className, text) as HTMLAnchorElement;
    a.href = href;
    return a;
  };
  const tel = (dial: string) => "tel:" + dial.replace(/#/g, "%23");

  // The text each emergency span had before it was filled, to put back if the region is forgotten.
  const slotText = new WeakMap<Element, ChildNode[]>();
  function fillSlots(region: HelpBoxData["regions"][string] | null) {
    document.querySelectorAll("[data-emergency]").forEach((slot) => {
      if (!slotText.has(slot)) slotText.set(slot, Array.from(slot.childNodes));
      if (!region || !region.emergency) {
        slot.replaceChildren(...slotText.get(slot)!);
        return;
      }
      // For chest pain, the number the region's health services name for it first ("15 or 112").
      const numbers =
        slot.getAttribute("data-emergency") === "heart" && region.heart ? [region.heart, region.emergency] : [region.emergency];
      slot.replaceChildren(
        ...numbers.map((n, i) => {
          const span = node("span", "", i > 0 ? " " + s.or + " " : "");
          const a = link(tel(n.dial), "ltr", "");
          a.appendChild(node("strong", "", n.display));
          span.appendChild(a);
          return span;
        }),
      );
    });
  }

  // The region to show: the one the reader saved, or else the guess.
  function current() {
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(data.storageKey);
    } catch {
      /* storage blocked: no saved region */
    }
    let code = saved && data.regions[saved] ? saved : null;
    const chosen = !!code;
    if (!code) code = guessed ? guessed.code : null;
    return { code, chosen, region: code ? data.regions[code] : null };
  }

  // The page's text only: once the document is read, and after a move to another page (the box
  // stays as it is, the region has not changed).
  const fillText = () => fillSlots(current().region);

  // The box and the page's text: when the box is first in the document, and on a region change.
  function render() {
    const { code, chosen, region } = current();
    fillSlots(region);
    if (!box || !body) return;
    if (!code || !region) {
      body!.replaceChildren(...empty);
      box!.removeAttribute("data-region");
      return;
    }
    const actions = node("div", c.actions);
    const top = region.top;
    if (top) {
      const line = node("p", c.line);
      const name = node("span", c.name);
      name.appendChild(node("bdi", "", top.name));
      line.appendChild(name);
      const href =
        top.type === "sms"
          ? "sms:" + top.dial.replace(/#/g, "%23") + (top.keyword ? "?body=" + encodeURIComponent(top.keyword) : "")
          : tel(top.dial);
      const label =
        top.type === "sms" && top.keyword
          ? fill(s.text, { keyword: ltr(top.keyword), number: ltr(top.display) })
          : fill(s.call, { number: ltr(top.display) });
      line.appendChild(link(href, c.call, label));
      actions.appendChild(line);
    } else {
      const line = node("p", c.line);
      line.appendChild(node("span", c.name, s.noSupportLine));
      const dirs = node("span", c.directories, s.directories + " ");
      data.directoryLinks.forEach((d, i) => {
        if (i > 0) dirs.appendChild(document.createTextNode(" · "));
        const a = link(d.url, "", d.name);
        a.rel = "noreferrer";
        a.lang = "en";
        dirs.appendChild(a);
      });
      line.appendChild(dirs);
      actions.appendChild(line);
    }
    if (region.emergency) {
      const line = node("p", c.line);
      line.appendChild(node("span", c.name, s.emergencyLead));
      line.appendChild(link(tel(region.emergency.dial), c.emergency, fill(s.call, { number: ltr(region.emergency.display) })));
      if (region.emergency.area) line.appendChild(node("span", c.area, region.emergency.area));
      actions.appendChild(line);
    }
    const meta = node("p", c.meta, fill(chosen ? s.regionChosen : s.regionGuessed, { region: region.name }) + " ");
    meta.appendChild(link(data.directory, "", s.change));
    meta.appendChild(document.createTextNode(" · "));
    meta.appendChild(link(data.directory + "/" + code.toLowerCase(), "", fill(s.moreHelplines, { region: region.name })));
    body!.replaceChildren(actions, meta);
    box!.setAttribute("data-region", code);
  }

  // Called by HELP_BOX_FILL as soon as the box is in the document, before it is painted.
  w.steadyHelpBox = () => {
    box = document.getElementById("help-box");
    body = box && box.querySelector("[data-help-body]");
    if (!body) return;
    empty = Array.from(body.childNodes);
    render();
  };
  w.steadyHelpFill = fillText;
  window.addEventListener("storage", render);
  window.addEventListener("steady:storage", render);
  // The spans in the page's text come after the box: fill them once the whole document is read.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fillText);
}

/** The help box script for one locale: its data, then the filler with the shared region guess and the decoder. */
export function helpBoxScript(data: CompactHelpBoxData): string {
  return `window.steadyHelpData=${JSON.stringify(data).replace(/</g, "\\u003c")};\n(${fillHelpBox.toString()})(${guessRegion.toString()},${decodeHelpData.toString()});\n`;
}
/** The one line after the box. */
export const HELP_BOX_FILL = "window.steadyHelpBox&&window.steadyHelpBox()";
