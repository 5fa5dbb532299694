// presslens pages: technique toggles and span highlighting. No inline script anywhere.
"use strict";

function toggleTechnique(box) {
  const name = box.dataset.technique;
  document.querySelectorAll(".t").forEach((el) => {
    if (el.dataset.technique === name) {
      el.classList.toggle("off", !box.checked);
    }
  });
}

// Offsets are Unicode code points (Python string indices); JS strings count UTF-16 units.
function unitIndex(str, codePoints) {
  let i = 0;
  for (let n = 0; n < codePoints && i < str.length; n += 1) {
    i += str.codePointAt(i) > 0xffff ? 2 : 1;
  }
  return i;
}

function clearHighlights() {
  document.querySelectorAll("mark.hl").forEach((mark) => {
    const parent = mark.parentNode;
    parent.replaceChild(document.createTextNode(mark.textContent), mark);
    parent.normalize();
  });
  document.querySelectorAll(".hl").forEach((el) => el.classList.remove("hl"));
}

// Wrap the part of a segment that lies inside [start, end) in <mark class="hl">.
function markSegment(seg, start, end) {
  const s = Number(seg.dataset.s);
  const walker = document.createTreeWalker(seg, NodeFilter.SHOW_TEXT);
  const node = walker.nextNode();
  if (!node) return null;
  const text = node.textContent;
  const a = unitIndex(text, Math.max(start, s) - s);
  const b = unitIndex(text, Math.min(end, Number(seg.dataset.e)) - s);
  const range = document.createRange();
  range.setStart(node, a);
  range.setEnd(node, b);
  const mark = document.createElement("mark");
  mark.className = "hl";
  range.surroundContents(mark);
  return mark;
}

function highlightHash() {
  clearHighlights();
  const m = /^#span-(\d+)-(\d+)$/.exec(window.location.hash);
  if (!m) {
    const target = window.location.hash && document.getElementById(window.location.hash.slice(1));
    if (target) target.classList.add("hl");
    return;
  }
  const start = Number(m[1]);
  const end = Number(m[2]);
  let first = null;
  document.querySelectorAll("#article-text .seg").forEach((seg) => {
    if (Number(seg.dataset.s) < end && Number(seg.dataset.e) > start) {
      const mark = markSegment(seg, start, end);
      if (!first) first = mark;
    }
  });
  if (first) first.scrollIntoView({ block: "center" });
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("input.toggle-technique").forEach((box) => {
    box.addEventListener("change", () => toggleTechnique(box));
  });
  highlightHash();
  window.addEventListener("hashchange", highlightHash);
});
