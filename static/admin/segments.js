// The segment rule builder: one row per rule, its inputs depending on the rule's type. Every change
// rewrites the hidden rules_json field (what the form posts) and, a moment later, asks the server
// how many subscribers match.
"use strict";
(() => {
  const form = document.getElementById("segment-form");
  if (!form) return;
  const choices = JSON.parse(document.getElementById("segment-choices").textContent);
  const list = document.getElementById("rules");
  const template = document.getElementById("rule-template");
  const hidden = form.elements.rules_json;
  const token = form.elements.csrf_token.value;
  const ACTIVITY = ["viewed", "added_to_cart", "purchased"];
  const DEFAULTS = {
    viewed: { days: 7 }, added_to_cart: { days: 7 }, purchased: { days: 30 },
    abandoned_cart: { days: 7 }, last_seen: { days: 30 }, locale: { values: ["hi"] },
    country: { values: [] }, device: { values: ["mobile"] }, browser: { values: ["chrome"] },
    channel: { value: "push" },
  };
  let uid = 0;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === false || v == null) continue;
      if (k === "checked" || k === "value") node[k] = v; else node.setAttribute(k, v === true ? "" : v);
    }
    node.append(...children);
    return node;
  }

  function field(label, input, extra) {
    const id = "r" + (++uid);
    input.id = id;
    return el("div", { class: "param " + (extra || "") }, el("label", { for: id }, label), input);
  }

  function datalist(id, options) {
    if (document.getElementById(id)) return;
    document.body.append(el("datalist", { id }, ...options.map(([value, label]) => el("option", { value }, label || ""))));
  }

  function checks(name, options, selected) {
    const group = el("fieldset", { class: "checks param" }, el("legend", { class: "sr" }, name));
    for (const [value, label] of options) {
      group.append(el("label", {}, el("input", { type: "checkbox", "data-value": value, checked: selected.includes(value) }), label));
    }
    return group;
  }

  function params(row, rule) {
    const box = row.querySelector(".rule-params");
    box.replaceChildren();
    const t = rule.type;
    if (ACTIVITY.includes(t)) {
      datalist("skus", choices.skus);
      datalist("categories", choices.categories.map((c) => [c]));
      box.append(
        field("Product SKU (blank: any)", el("input", { "data-field": "sku", list: "skus", value: rule.sku || "", maxlength: "100" })),
        field("or category", el("input", { "data-field": "category", list: "categories", value: rule.category || "", maxlength: "100" })),
      );
    }
    if (ACTIVITY.includes(t) || t === "abandoned_cart" || t === "last_seen") {
      box.append(field("within days", el("input", { "data-field": "days", type: "number", min: "1", max: "366", value: String(rule.days || 30) }), "days"));
    }
    if (t === "locale") box.append(checks("Languages", choices.languages, rule.values || []));
    if (t === "device") box.append(checks("Devices", choices.devices.map((d) => [d, d]), rule.values || []));
    if (t === "browser") box.append(checks("Browsers", choices.browsers.map((b) => [b, b]), rule.values || []));
    if (t === "country") {
      box.append(field("Country codes, comma-separated", el("input", { "data-field": "countries", value: (rule.values || []).join(", "), placeholder: "IN, BR", maxlength: "200" })));
    }
    if (t === "channel") {
      const select = el("select", { "data-field": "value" }, el("option", { value: "push" }, "push"), el("option", { value: "email" }, "email"));
      select.value = rule.value || "push";
      box.append(field("channel", select));
    }
  }

  function read(row) {
    const get = (name) => row.querySelector(`[data-field=${name}]`);
    const rule = { type: get("type").value };
    if (get("negate").checked) rule.negate = true;
    if (get("sku") && get("sku").value.trim()) rule.sku = get("sku").value.trim();
    if (get("category") && get("category").value.trim()) rule.category = get("category").value.trim();
    if (get("days")) rule.days = parseInt(get("days").value, 10) || 0;
    if (get("value")) rule.value = get("value").value;
    if (get("countries")) rule.values = get("countries").value.split(/[\s,]+/).filter(Boolean).map((c) => c.toUpperCase());
    const boxes = row.querySelectorAll("input[data-value]");
    if (boxes.length) rule.values = [...boxes].filter((b) => b.checked).map((b) => b.dataset.value);
    return rule;
  }

  function addRow(rule) {
    const row = template.content.firstElementChild.cloneNode(true);
    const type = row.querySelector("[data-field=type]");
    type.value = rule.type;
    row.querySelector("[data-field=negate]").checked = !!rule.negate;
    params(row, rule);
    type.addEventListener("change", () => { params(row, { type: type.value, ...DEFAULTS[type.value] }); changed(); });
    row.querySelector(".remove").addEventListener("click", () => { row.remove(); changed(); });
    list.append(row);
  }

  let timer = null;
  let asked = 0;
  function changed() {
    const rules = [...list.children].map(read);
    hidden.value = JSON.stringify(rules);
    clearTimeout(timer);
    timer = setTimeout(() => count(rules), 250);
  }

  async function count(rules) {
    const mine = ++asked;
    const error = document.getElementById("count-error");
    const response = await fetch(form.dataset.countUrl, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": token },
      body: JSON.stringify({ match: form.elements.match.value, rules }),
    }).catch(() => null);
    if (mine !== asked) return;  // a newer question is on its way
    const data = response ? await response.json().catch(() => null) : null;
    if (!response || !response.ok || !data) {
      error.textContent = (data && data.error) || "Could not count; check the rules.";
      error.hidden = false;
      return;
    }
    error.hidden = true;
    for (const key of ["subscribers", "push", "email", "shoppers"]) {
      document.getElementById("count-" + key).textContent = data[key].toLocaleString();
    }
  }

  for (const rule of JSON.parse(hidden.value || "[]")) addRow(rule);
  document.getElementById("add-rule").addEventListener("click", () => {
    addRow({ type: "purchased", days: 30 });
    changed();
    list.lastElementChild.querySelector("[data-field=type]").focus();
  });
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  changed();
})();
