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

function highlightHash() {
  document.querySelectorAll(".hl").forEach((el) => el.classList.remove("hl"));
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
    const s = Number(seg.dataset.s);
    const e = Number(seg.dataset.e);
    if (s < end && e > start) {
      seg.classList.add("hl");
      if (!first) first = seg;
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
