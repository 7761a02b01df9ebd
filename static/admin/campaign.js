// The live preview of a push being written: what Android and a desktop browser will show. A
// campaign's form (#campaign-form) shows its title and message as typed; an automation's
// (#automation-form) shows the texts of the language being edited (Pushcart's own where a field
// is blank) with example values in place of {placeholders} (#preview-samples).
"use strict";
(() => {
  const form = document.getElementById("campaign-form") || document.getElementById("automation-form");
  if (!form) return;
  const samplesSource = document.getElementById("preview-samples");
  const samples = samplesSource ? JSON.parse(samplesSource.textContent) : null;
  let lang = "en"; // an automation's language in the preview
  const value = (name) => (form.elements[name] ? form.elements[name].value.trim() : "");
  const written = (name) => value(name) || (form.elements[name] ? form.elements[name].placeholder : "");
  const fill = (text) => (samples ? text.replace(/\{(\w+)\}/g, (m, key) => (key in samples ? samples[key] : m)) : text);
  const put = (el, text) => {
    if (el.textContent !== text) el.textContent = text; // unchanged text: no layout, no scroll
  };
  const texts = () => (samples
    ? { title: fill(written(`title_${lang}`)), body: fill(written(`body_${lang}`)) }
    : { title: value("title"), body: value("body") });
  function update() {
    const { title, body } = texts();
    for (const el of document.querySelectorAll("[data-preview=title]")) put(el, title || "Your title");
    for (const el of document.querySelectorAll("[data-preview=body]")) put(el, body);
    for (const el of document.querySelectorAll("[data-preview=actions]")) {
      el.replaceChildren(...[1, 2].map((n) => value(`action${n}_title`)).filter(Boolean).map((text) => {
        const span = document.createElement("span");
        span.textContent = text;
        return span;
      }));
    }
    if (samples) {
      const input = form.elements[`title_${lang}`];
      const row = input && input.closest("[data-language]");
      for (const el of document.querySelectorAll("[data-preview=language]")) put(el, row ? row.dataset.language : lang);
      for (const el of document.querySelectorAll("[data-preview=box]")) {
        const dir = input ? input.dir : "auto";
        if (el.lang !== lang) el.lang = lang;
        if (el.dir !== dir) el.dir = dir;
      }
    }
    if (form.elements.send_at) {
      const when = (form.querySelector("input[name=when]:checked") || {}).value;
      form.elements.send_at.disabled = when !== "at" && when !== "local";
      document.getElementById("local-hint").hidden = when !== "local";
    }
    if (form.elements.ab) document.getElementById("variants").hidden = !form.elements.ab.checked;
  }
  form.addEventListener("focusin", (event) => {
    const match = /^(?:title|body)_(\w+)$/.exec(event.target.name || "");
    if (samples && match && match[1] !== lang) {
      lang = match[1];
      update();
    }
  });
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  update();
})();
