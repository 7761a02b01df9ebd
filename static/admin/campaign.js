// The campaign form's live preview: what Android and a desktop browser will show.
"use strict";
(() => {
  const form = document.getElementById("campaign-form");
  if (!form) return;
  const value = (name) => (form.elements[name] ? form.elements[name].value.trim() : "");
  function update() {
    for (const el of document.querySelectorAll("[data-preview=title]")) el.textContent = value("title") || "Your title";
    for (const el of document.querySelectorAll("[data-preview=body]")) el.textContent = value("body");
    for (const el of document.querySelectorAll("[data-preview=actions]")) {
      el.replaceChildren(...[1, 2].map((n) => value(`action${n}_title`)).filter(Boolean).map((text) => {
        const span = document.createElement("span");
        span.textContent = text;
        return span;
      }));
    }
    const when = (form.querySelector("input[name=when]:checked") || {}).value;
    form.elements.send_at.disabled = when !== "at" && when !== "local";
    document.getElementById("local-hint").hidden = when !== "local";
    document.getElementById("variants").hidden = !form.elements.ab.checked;
  }
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  update();
})();
