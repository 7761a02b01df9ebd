// SMS and WhatsApp texts in the admin: each field's length in segments, counted as Pushcart
// counts it (server/messaging/sms.py) with a link as long as a real one after it, shown live.
(() => {
  "use strict";
  const BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  const EXTENSION = "^{}\\[~]|€\f";

  function count(text) {
    const chars = Array.from(text);
    const gsm = chars.every((c) => BASIC.includes(c) || EXTENSION.includes(c));
    const costs = chars.map((c) => (gsm ? (EXTENSION.includes(c) ? 2 : 1) : (c.codePointAt(0) > 0xffff ? 2 : 1)));
    const units = costs.reduce((a, b) => a + b, 0);
    const single = gsm ? 160 : 70;
    const size = gsm ? 153 : 67;
    let segments = units ? 1 : 0;
    if (units > single) {
      let used = 0;
      for (const cost of costs) {
        if (used + cost > size) { segments += 1; used = 0; }
        used += cost;
      }
    }
    return { encoding: gsm ? "GSM-7" : "UCS-2", units, segments, per: units > single ? size : single };
  }

  function show(input) {
    const out = document.getElementById(input.dataset.smsCount);
    if (!out) return;
    const words = (input.value || input.placeholder || "").trim();
    const c = count(words + " " + input.dataset.smsLink);
    const limit = Number(input.dataset.smsMax || 2);
    out.textContent = `${c.segments} segment${c.segments === 1 ? "" : "s"} · ${c.encoding} · ` +
      `${c.units} characters with the link (${c.per} per segment) · at most ${limit}`;
    out.classList.toggle("error", c.segments > limit);
    input.setAttribute("aria-invalid", c.segments > limit ? "true" : "false");
  }

  for (const input of document.querySelectorAll("[data-sms-count]")) {
    input.addEventListener("input", () => show(input));
    show(input);
  }
})();
