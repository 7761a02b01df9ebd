/* Pushcart checkout widget: cart drawer, upfront costs, three-step guest checkout.
 * Embedded with <script src="https://PUSHCART/widget.js" data-store="pk_…" async></script>.
 * Its only global is window.Pushcart. Everything it shows lives in a Shadow DOM. */
(() => {
  "use strict";

  // The build puts English's texts here, and the texts' version (server/widget_bundle.py): the
  // store's config brings another language's once, and the widget keeps them.
  const BUILT = /*__PUSHCART_LOCALES__*/{};
  const EN = BUILT.en || {};
  const queued = Array.isArray(window.Pushcart) ? window.Pushcart : [];
  if (window.Pushcart && window.Pushcart.version) return;

  const script = document.currentScript ||
    document.querySelector("script[data-store][src*='widget.js']");
  if (!script || !script.dataset.store) {
    console.error("Pushcart: the script tag needs data-store=\"pk_…\"");
    return;
  }
  const STORE_KEY = script.dataset.store;
  const API = new URL(script.src, location.href).origin + "/api/v1";
  const STORAGE = "pushcart:" + STORE_KEY + ":";
  const SW_PATH = script.dataset.sw || "/pushcart-sw.js";
  const STEPS = ["contact", "delivery", "payment"];
  const COUNTRIES = ["IN", "US", "GB", "CA", "AU", "AE", "SG", "DE", "FR", "BR", "PK", "BD", "NP", "LK", "JP"];

  // -- small helpers --------------------------------------------------------------------------

  const store = {
    get: (k) => { try { return localStorage.getItem(STORAGE + k); } catch (_) { return null; } },
    set: (k, v) => { try { localStorage.setItem(STORAGE + k, v); } catch (_) { /* private mode */ } },
    del: (k) => { try { localStorage.removeItem(STORAGE + k); } catch (_) { /* private mode */ } },
  };

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === false || v == null) continue;
      if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else if (k === "class") el.className = v;
      else if (k in el && typeof v !== "string") el[k] = v;
      else el.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) if (c != null && c !== false) el.append(c);
    return el;
  }

  function visitorId() {
    let id = store.get("visitor");
    if (!id) {
      id = (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2) + Date.now()).replace(/-/g, "");
      store.set("visitor", id);
    }
    return id;
  }

  async function api(method, path, body) {
    const headers = { "X-Pushcart-Key": STORE_KEY };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const res = await fetch(API + path, {
      method, headers, mode: "cors", credentials: "omit",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = res.status === 204 ? null : await res.json().catch(() => null);
    if (!res.ok) {
      const err = new Error((data && data.error && data.error.message) || res.statusText);
      err.code = data && data.error && data.error.code;
      err.status = res.status;
      throw err;
    }
    return data;
  }

  // -- language and money ---------------------------------------------------------------------

  let lang = "en";
  let strings = EN;
  let money = null;
  let config = null;

  function t(key, vars) {
    const text = strings[key] || EN[key] || key;
    return text.replace(/\{(\w+)\}/g, (_, name) => (vars && vars[name] != null ? vars[name] : ""));
  }

  function formatMoney(minor) {
    return money.format(minor / 10 ** config.currency_exponent);
  }

  // The server chooses the language from the page's, the store's and the browser's (in that
  // order) and sends its texts unless this browser keeps them already.
  function keptTexts() {
    try { return JSON.parse(store.get("texts")) || {}; } catch (_) { return {}; }
  }

  async function loadConfig() {
    const kept = keptTexts();
    const langs = [document.documentElement.lang, navigator.language].map((tag) => (tag || "").replace(/,/g, "").slice(0, 35)).join(",");
    config = await api("GET", "/widget/config?lang=" + encodeURIComponent(langs) + (kept.v ? "&have=" + encodeURIComponent(kept.lang + "." + kept.v) : ""));
    lang = config.lang || "en";
    if (config.texts) store.set("texts", JSON.stringify({ lang, v: BUILT.v, texts: config.texts }));
    strings = lang === "en" ? EN : config.texts || (kept.lang === lang && kept.texts) || EN;
  }

  function setupLocale() {
    const region = (config.locale.split("-")[1] || config.country || "").toUpperCase();
    const numberLocale = config.locale.toLowerCase().startsWith(lang + "-") ? config.locale : lang + (region ? "-" + region : "");
    money = new Intl.NumberFormat(numberLocale, {
      style: "currency", currency: config.currency,
      minimumFractionDigits: config.currency_exponent, maximumFractionDigits: config.currency_exponent,
    });
  }

  // -- state ----------------------------------------------------------------------------------

  const state = { cart: null, step: "cart", busy: false, order: null, savedEmail: null, open: false, offerPush: false, pushStatus: "" };
  let ui = null;
  let ready = null;

  function emit(name, detail) {
    document.dispatchEvent(new CustomEvent("pushcart:" + name, { detail }));
  }

  async function loadCart() {
    const link = new URLSearchParams(location.search).get("pushcart_cart");
    let problem = null;
    if (link) {
      try {
        const cart = await api("POST", "/carts/restore", { link });
        stripParam("pushcart_cart");
        if (cart.status === "open") {
          store.set("cart", cart.token);
          // A reminder's code that ran out: the cart is back, the shopper is told why no code.
          return { cart, restored: true, problem: cart.notice || null };
        }
        problem = "link_ordered";
      } catch (err) {
        stripParam("pushcart_cart");
        problem = err.code === "link_expired" ? "link_expired" : "invalid_link";
      }
    }
    const token = store.get("cart");
    if (token) {
      try {
        const cart = await api("GET", "/carts/" + encodeURIComponent(token));
        if (cart.status === "open") return { cart, restored: false, problem };
      } catch (err) {
        if (err.status !== 404) throw err;
      }
    }
    const cart = await api("POST", "/carts", { visitor_id: visitorId(), locale: lang, timezone: timeZone() });
    store.set("cart", cart.token);
    return { cart, restored: false, problem };
  }

  function timeZone() {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (_) { return ""; }
  }

  function stripParam(name) {
    const url = new URL(location.href);
    url.searchParams.delete(name);
    history.replaceState(history.state, "", url);
  }

  // A message's link (price drop, replenishment) puts the item in the cart: ?pushcart_add=SKU[:QTY]
  function deepLink() {
    const [, sku, qty] = /^(.+?)(?::(\d+))?$/.exec(new URLSearchParams(location.search).get("pushcart_add") || "") || [];
    if (!sku) return;
    stripParam("pushcart_add");
    add(sku, qty).then(open, open);
  }

  async function init() {
    await loadConfig();
    setupLocale();
    const { cart, restored, problem } = await loadCart();
    state.cart = cart;
    state.savedEmail = cart.email;
    mount();
    render();
    emit("ready", { itemCount: cart.item_count, restored });
    if (restored || problem) open();
    if (problem) showError(t("err_" + problem));
  }

  async function mutate(fn) {
    await ready;
    state.busy = true;
    renderBusy();
    try {
      const cart = await fn();
      if (cart) state.cart = cart;
      showError("");
      return cart;
    } catch (err) {
      if (err.code === "cart_converted" || err.code === "unknown_cart") {
        store.del("cart");
        state.cart = (await loadCart()).cart;
      }
      showError(errorText(err));
      throw err;
    } finally {
      state.busy = false;
      render();
    }
  }

  const cartPath = (suffix) => "/carts/" + encodeURIComponent(state.cart.token) + (suffix || "");

  // -- public API -----------------------------------------------------------------------------

  async function add(sku, quantity) {
    const qty = Math.max(1, parseInt(quantity, 10) || 1);
    const cart = await mutate(() => api("POST", cartPath("/items"), { sku: String(sku), quantity: qty }));
    if (pushMoment() === "after_add" && mayOfferPush()) { state.offerPush = true; render(); }
    emit("add", { sku: String(sku), quantity: qty, itemCount: cart.item_count });
    return cart;
  }

  // A product page tells Pushcart what the shopper looks at (for segments such as "viewed the
  // teas this week"): Pushcart.view("SKU"), or <meta name="pushcart:product" content="SKU">.
  async function view(sku) {
    await ready;
    await api("POST", "/views", { visitor_id: visitorId(), sku: String(sku) });
  }

  async function setQuantity(sku, quantity) {
    return mutate(() => api("PUT", cartPath("/items/" + encodeURIComponent(sku)), { quantity }));
  }

  async function remove(sku) {
    return mutate(() => api("DELETE", cartPath("/items/" + encodeURIComponent(sku))));
  }

  async function open() {
    await ready;
    state.open = true;
    if (state.order) { state.order = null; state.step = "cart"; }
    render();
    ui.drawer.hidden = false;
    ui.backdrop.hidden = false;
    ui.fab.setAttribute("aria-expanded", "true");
    requestAnimationFrame(() => ui.title.focus());
  }

  function close() {
    if (!ui) return;
    state.open = false;
    ui.drawer.hidden = true;
    ui.backdrop.hidden = true;
    ui.fab.setAttribute("aria-expanded", "false");
    ui.fab.focus();
  }

  // -- mounting and rendering -----------------------------------------------------------------

  function logo() {
    const url = config.branding && config.branding.logo_url;
    return /^https?:\/\//.test(url || "") ? h("img", { class: "logo", src: url, alt: config.name || "" }) : null;
  }

  // A constructed stylesheet: style-src does not govern one (nor any CSSOM call), so the widget is
  // styled on shops whose policy refuses inline <style>. Browsers without adoptedStyleSheets
  // (Safari < 16.4, Firefox < 101, Chrome < 73) get a <style> element, which such a policy refuses.
  function adoptStyles(root) {
    if (!root.adoptedStyleSheets) {
      root.append(h("style", {}, CSS));
      return;
    }
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  }

  function mount() {
    const host = h("div", { id: "pushcart-root" });
    const root = host.attachShadow({ mode: "open" });
    adoptStyles(root);
    const dir = strings._dir || "ltr";
    const shell = h("div", { class: "shell", dir, lang });
    // CSSOM, not a style="" attribute: a shop's CSP without 'unsafe-inline' refuses those.
    if (config.branding && config.branding.color) shell.style.setProperty("--brand", config.branding.color);
    ui = { host, root, shell };
    ui.count = h("span", { class: "count", "aria-hidden": "true" });
    ui.fab = h("button", {
      class: "fab", type: "button", "aria-haspopup": "dialog", "aria-expanded": "false",
      onclick: () => open(),
    }, h("span", { "aria-hidden": "true", class: "bag" }, "🛒"), ui.count);
    ui.backdrop = h("div", { class: "backdrop", hidden: true, onclick: close });
    ui.title = h("h2", { id: "pc-title", tabindex: "-1" });
    ui.closeBtn = h("button", { class: "icon", type: "button", onclick: close, "aria-label": t("close") }, "✕");
    ui.progress = h("ol", { class: "progress", "aria-label": t("checkout_progress") });
    ui.items = h("ul", { class: "items", "aria-label": t("items_label") });
    ui.recs = h("section", { class: "recs", "aria-labelledby": "pc-recs" });
    ui.discount = h("div", { class: "discount" });
    ui.breakdown = h("dl", { class: "breakdown", "aria-live": "polite" });
    ui.stepBody = h("div", { class: "step" });
    ui.error = h("p", { class: "error", role: "alert" });
    ui.trust = h("ul", { class: "trust" });
    ui.optin = h("div", { class: "optin", "aria-live": "polite" });
    ui.scroll = h("div", { class: "scroll" });
    ui.totalBar = h("div", { class: "totalbar", "aria-hidden": "true" });
    ui.drawer = h("div", {
      class: "drawer", role: "dialog", "aria-modal": "true", "aria-labelledby": "pc-title", hidden: true,
      onkeydown: onDrawerKey,
    },
    h("div", { class: "head" }, h("div", { class: "heading" }, logo(), ui.title), ui.closeBtn),
    ui.progress, ui.scroll, ui.totalBar);
    shell.append(ui.fab, ui.backdrop, ui.drawer);
    root.append(shell);
    document.body.append(host);
  }

  function onDrawerKey(event) {
    if (event.key === "Escape") close();
    else trap(event, ui.drawer);
  }

  function trap(event, box) {
    if (event.key !== "Tab") return;
    const focusable = [...box.querySelectorAll("button, input, select, a[href], [tabindex='0']")]
      .filter((el) => !el.disabled && el.offsetParent !== null);
    if (!focusable.length) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = ui.root.activeElement;
    if (event.shiftKey && (active === first || active === ui.title)) { last.focus(); event.preventDefault(); }
    else if (!event.shiftKey && active === last) { first.focus(); event.preventDefault(); }
  }

  function render() {
    if (!ui || !state.cart) return;
    const count = state.cart.item_count;
    ui.count.textContent = String(count);
    ui.fab.setAttribute("aria-label", t("open_cart", { count }));
    ui.title.textContent = state.order ? t("thank_you") : state.step === "cart" ? t("your_cart") : t("checkout");
    renderProgress();
    for (const el of [ui.items, ui.discount, ui.breakdown, ui.recs]) el.hidden = !!state.order;
    if (state.order) {
      ui.stepBody.replaceChildren(renderConfirmation());
    } else {
      renderItems();
      renderRecs();
      renderDiscount();
      renderPoints();
      renderBreakdown();
      renderStep();
    }
    renderTrust();
    renderBusy();
    // On the cart the costs lead; in checkout the step's form leads and the total stays in view.
    const inCheckout = state.step !== "cart" && !state.order;
    renderPushPrompt();
    const cartView = [ui.items, ui.recs, ui.discount, ui.breakdown, ui.error, ui.stepBody, ui.trust];
    const order = inCheckout
      ? [ui.error, ui.stepBody, ui.items, ui.discount, ui.breakdown, ui.trust]
      : state.order ? cartView : [ui.optin, ...cartView];  // the confirmation holds the prompt
    if (order.some((el, i) => ui.scroll.children[i] !== el)) ui.scroll.replaceChildren(...order);
    ui.totalBar.hidden = !inCheckout;
    ui.totalBar.replaceChildren(h("span", {}, t("total")), h("strong", {}, formatMoney(state.cart.breakdown.total)));
  }

  function renderBusy() {
    if (ui) ui.drawer.setAttribute("aria-busy", state.busy ? "true" : "false");
  }

  function renderProgress() {
    const current = state.order ? STEPS.length : STEPS.indexOf(state.step);
    ui.progress.hidden = state.step === "cart" && !state.order;
    ui.progress.replaceChildren(...STEPS.map((step, i) => h("li", {
      class: i < current ? "done" : i === current ? "current" : "",
      "aria-current": i === current ? "step" : false,
    }, h("span", { class: "dot", "aria-hidden": "true" }, i < current ? "✓" : String(i + 1)),
    h("span", {}, t("step_" + step)))));
  }

  function renderItems() {
    const focusedKey = ui.root.activeElement && ui.root.activeElement.dataset && ui.root.activeElement.dataset.key;
    const items = state.cart.items;
    if (!items.length) {
      ui.items.replaceChildren(h("li", { class: "empty" }, t("empty_cart")));
      return;
    }
    ui.items.replaceChildren(...items.map((item) => {
      const minus = h("button", {
        type: "button", class: "qty-btn", "data-key": "minus-" + item.sku,
        "aria-label": t("decrease", { name: item.name }), disabled: state.busy,
        onclick: () => (item.quantity > 1 ? setQuantity(item.sku, item.quantity - 1) : remove(item.sku)).catch(() => {}),
      }, "−");
      const plus = h("button", {
        type: "button", class: "qty-btn", "data-key": "plus-" + item.sku,
        "aria-label": t("increase", { name: item.name }), disabled: state.busy,
        onclick: () => setQuantity(item.sku, item.quantity + 1).catch(() => {}),
      }, "+");
      const qty = h("input", {
        type: "number", min: "1", max: "99", inputmode: "numeric", value: String(item.quantity),
        class: "qty", "data-key": "qty-" + item.sku, "aria-label": t("quantity_of", { name: item.name }),
        onchange: (e) => {
          const n = parseInt(e.target.value, 10);
          (n > 0 ? setQuantity(item.sku, Math.min(n, 99)) : remove(item.sku)).catch(() => {});
        },
      });
      return h("li", { class: "item", "data-sku": item.sku },
        item.image_url ? h("img", { src: item.image_url, alt: "", width: 56, height: 56, loading: "lazy" }) : h("span", { class: "noimg" }),
        h("div", { class: "info" },
          h("span", { class: "name" }, item.name),
          h("span", { class: "unit" }, formatMoney(item.unit_price),
            item.compare_at_price > item.unit_price ? h("s", {}, formatMoney(item.compare_at_price)) : null),
          item.low_stock ? h("span", { class: "low" }, t("low_stock")) : null,
          h("div", { class: "qty-row" }, minus, qty, plus,
            h("button", {
              type: "button", class: "link", "data-key": "rm-" + item.sku, disabled: state.busy,
              "aria-label": t("remove_item", { name: item.name }), onclick: () => remove(item.sku).catch(() => {}),
            }, t("remove")))),
        h("span", { class: "line" }, formatMoney(item.line_total)));
    }));
    if (focusedKey) {
      const again = ui.items.querySelector("[data-key='" + CSS_escape(focusedKey) + "']");
      if (again) again.focus();
    }
  }

  // "Goes well with": what the cart response recommends (the server chose them, in stock, at
  // the catalog's price); one tap adds one.
  function renderRecs() {
    const recs = state.step === "cart" ? state.cart.recommendations || [] : [];
    ui.recs.hidden = !recs.length;
    ui.recs.replaceChildren(h("h3", { id: "pc-recs" }, t("goes_well_with")), h("ul", {}, recs.map((r) =>
      h("li", { class: "rec", "data-sku": r.sku },
        r.image_url ? h("img", { src: r.image_url, alt: "", width: 40, height: 40, loading: "lazy" }) : h("span", { class: "noimg" }),
        h("span", { class: "name" }, r.name), h("span", {}, formatMoney(r.price)),
        h("button", {
          type: "button", class: "secondary", disabled: state.busy, "aria-label": t("add_named", { name: r.name }),
          onclick: () => add(r.sku, 1).catch(() => {}),
        }, t("add"))))));
  }

  function CSS_escape(value) {
    return window.CSS && window.CSS.escape ? window.CSS.escape(value) : value.replace(/['\\]/g, "\\$&");
  }

  function renderDiscount() {
    const code = state.cart.breakdown.discount_code;
    const problem = state.cart.discount_error;
    if (!state.cart.items.length) { ui.discount.replaceChildren(); return; }
    if (code || problem) {
      ui.discount.replaceChildren(h("p", { class: problem ? "error" : "applied" },
        problem ? t("err_" + problem) : t("code_applied", { code }), " ",
        h("button", { type: "button", class: "link", onclick: () => applyCode(null) }, t("remove"))));
      return;
    }
    const input = h("input", {
      id: "pc-code", name: "code", autocomplete: "off", maxlength: "40", placeholder: t("discount_placeholder"),
      value: "",
    });
    ui.discount.replaceChildren(h("form", {
      class: "code-form", onsubmit: (e) => { e.preventDefault(); if (input.value.trim()) applyCode(input.value.trim()); },
    }, h("label", { for: "pc-code", class: "sr" }, t("discount_label")), input,
    h("button", { type: "submit", class: "secondary" }, t("apply"))));
  }

  function applyCode(code) {
    return mutate(() => api("PATCH", cartPath(), { discount_code: code })).catch(() => {});
  }

  function renderBreakdown() {
    const b = state.cart.breakdown;
    const rows = [[t("subtotal"), formatMoney(b.subtotal), "subtotal"]];
    const shippingLabel = b.shipping_is_estimate ? t("shipping_estimate") : t("shipping");
    rows.push([shippingLabel, b.free_shipping ? t("free") : formatMoney(b.shipping), "shipping"]);
    if (b.tax_included) rows.push([t("tax_included", { name: b.tax_name }), formatMoney(b.tax), "tax"]);
    else rows.push([b.tax_name === "Tax" ? t("tax") : b.tax_name, formatMoney(b.tax), "tax"]);
    if (b.discount > 0) rows.push([t("discount"), "−" + formatMoney(b.discount), "discount"]);
    if (b.points_discount > 0) rows.push([t("points_discount", { points: num(b.points_redeemed) }), "−" + formatMoney(b.points_discount), "points"]);
    rows.push([t("total"), formatMoney(b.total), "total"]);
    ui.breakdown.replaceChildren(...rows.map(([label, value, key]) =>
      h("div", { class: "row " + key, "data-row": key }, h("dt", {}, label), h("dd", {}, value))));
  }

  // -- loyalty points: the balance once the email is known, spent with a code emailed to it ---

  const num = (n) => n.toLocaleString(money.resolvedOptions().locale);

  function renderPoints() {
    const l = state.cart.loyalty;
    if (!l || !l.points || !state.cart.items.length) return;
    const use = (fn) => h("button", { type: "button", class: "link", onclick: fn }, t("points_use"));
    const code = h("input", { id: "pc-points", inputmode: "numeric", autocomplete: "one-time-code", maxlength: "6", pattern: "[0-9]{6}" });
    const ask = state.pointsSent && !l.verified && h("form", {
      class: "code-form", onsubmit: (e) => { e.preventDefault(); spend("max", code.value.trim()); },
    }, h("label", { for: "pc-points" }, t("points_sent", { email: state.cart.email })), code,
    h("button", { type: "submit", class: "secondary" }, t("apply")));
    ui.discount.append(h("div", { class: "points" },
      h("p", {}, t("points_have", { points: num(l.points), value: formatMoney(l.value) }), " ",
        l.redeeming ? h("button", { type: "button", class: "link", onclick: () => spend(0) }, t("remove"))
          : l.points < l.min_redeem ? "" : l.verified ? use(() => spend("max")) : ask || use(sendPointsCode)),
      ask || ""));
  }

  function sendPointsCode() {
    return mutate(async () => { await api("POST", cartPath("/loyalty/code")); state.pointsSent = 1; }).catch(() => {});
  }

  function spend(points, code) {
    return mutate(() => api("POST", cartPath("/loyalty"), code ? { points, code } : { points })).catch(() => {});
  }

  function pointsEarned(p) {
    const n = p && (p.earned || p.on_payment);
    return n ? h("p", { class: "hint" }, t(p.earned ? "points_earned" : "points_on_payment", { points: num(n) })) : null;
  }

  function renderTrust() {
    const trust = config.trust || {};
    const lines = [["🔒", trust.secure || t("secure_checkout")], ["↩", trust.returns], ["✉", trust.contact]];
    ui.trust.replaceChildren(...lines.filter(([, text]) => text).map(([icon, text]) =>
      h("li", {}, h("span", { "aria-hidden": "true" }, icon), " ", text)));
  }

  function field(id, label, attrs) {
    const input = h("input", Object.assign({ id: "pc-" + id, name: id }, attrs));
    return { input, el: h("div", { class: "field" }, h("label", { for: "pc-" + id }, label), input) };
  }

  function renderStep() {
    if (state.stepRendered === state.step && ui.stepBody.firstChild) {
      updateStepButtons();
      return;
    }
    state.stepRendered = state.step;
    const builders = { cart: stepCart, contact: stepContact, delivery: stepDelivery, payment: stepPayment };
    ui.stepBody.replaceChildren(builders[state.step]());
    updateStepButtons();
  }

  function updateStepButtons() {
    for (const btn of ui.stepBody.querySelectorAll("button.primary")) {
      btn.disabled = state.busy || !state.cart.items.length;
    }
    const placeBtn = ui.stepBody.querySelector("[data-place]");
    if (placeBtn) placeBtn.textContent = t("place_order", { total: formatMoney(state.cart.breakdown.total) });
  }

  function go(step) {
    state.step = step;
    render();
    ui.title.focus();
  }

  function stepCart() {
    return h("div", {}, h("button", { type: "button", class: "primary", onclick: () => go("contact") }, t("checkout")),
      h("p", { class: "hint" }, t("guest_hint")));
  }

  function stepContact() {
    const cart = state.cart;
    const email = field("email", t("email"), { type: "email", autocomplete: "email", required: true, value: cart.email || "", inputmode: "email" });
    const status = h("span", { class: "saved", "aria-live": "polite" }, cart.email ? t("email_saved") : "");
    email.el.append(status);
    const consent = h("input", { type: "checkbox", id: "pc-consent", name: "consent", checked: !!cart.marketing_consent });
    const name = field("name", t("name"), { autocomplete: "name", value: cart.name || "", maxlength: "120" });
    const phone = field("phone", t("phone_optional"), { type: "tel", autocomplete: "tel", value: cart.phone || "", maxlength: "32" });
    const texts = (config.text_channels || []).map((ch) => h("input", { type: "checkbox", id: "pc-" + ch, name: ch, checked: !!cart[ch + "_consent"] }));
    let timer = null;
    const saveEmail = () => {
      clearTimeout(timer);
      const value = email.input.value.trim();
      if (!value || !email.input.checkValidity() || value.toLowerCase() === state.savedEmail) return;
      timer = setTimeout(async () => {
        try {
          const updated = await api("PATCH", cartPath(), { email: value, marketing_consent: consent.checked, locale: lang, step: "contact" });
          state.cart = updated;
          state.savedEmail = updated.email;
          status.textContent = t("email_saved");
          renderDiscount(); renderPoints();  // the address's points, if it has some
          emit("email", { email: updated.email });
        } catch (err) {
          status.textContent = "";
          showError(errorText(err));
        }
      }, 350);
    };
    email.input.addEventListener("input", () => { status.textContent = ""; saveEmail(); });
    email.input.addEventListener("change", saveEmail);
    const form = h("form", {
      novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        if (!email.input.value.trim() || !email.input.checkValidity()) {
          showError(t("email_invalid"));
          email.input.setAttribute("aria-invalid", "true");
          email.input.focus();
          return;
        }
        await mutate(() => api("PATCH", cartPath(), {
          email: email.input.value.trim(), marketing_consent: consent.checked, locale: lang,
          name: name.input.value, phone: phone.input.value, step: "delivery",
          ...Object.fromEntries(texts.map((box) => [box.name + "_consent", box.checked])),
        })).then(() => { state.savedEmail = state.cart.email; go("delivery"); }).catch(() => {});
      },
    }, email.el,
    h("label", { class: "check" }, consent, " ", t("consent")),
    name.el, phone.el,
    texts.map((box) => h("label", { class: "check" }, box, " ", t("consent_" + box.name))),
    h("div", { class: "nav" },
      h("button", { type: "button", class: "secondary", onclick: () => go("cart") }, t("back")),
      h("button", { type: "submit", class: "primary" }, t("continue_delivery"))));
    requestAnimationFrame(() => { if (!email.input.value) email.input.focus(); });
    return form;
  }

  function stepDelivery() {
    const a = state.cart.address || {};
    const line1 = field("line1", t("address_line1"), { autocomplete: "address-line1", required: true, value: a.line1 || "", maxlength: "200" });
    const line2 = field("line2", t("address_line2"), { autocomplete: "address-line2", value: a.line2 || "", maxlength: "200" });
    const city = field("city", t("city"), { autocomplete: "address-level2", required: true, value: a.city || "", maxlength: "120" });
    const region = field("region", t("region"), { autocomplete: "address-level1", value: a.region || "", maxlength: "10" });
    const postal = field("postal", t("postal_code"), { autocomplete: "postal-code", required: true, value: a.postal_code || "", maxlength: "16" });
    const names = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames([lang], { type: "region" }) : null;
    const selected = a.country || config.country;
    const countries = COUNTRIES.includes(config.country) ? COUNTRIES : [config.country, ...COUNTRIES];
    const country = h("select", { id: "pc-country", name: "country", autocomplete: "country", required: true },
      ...countries.map((code) => h("option", { value: code, selected: code === selected }, names ? names.of(code) : code)));
    const form = h("form", {
      novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        const missing = [line1, city, postal].find((f) => !f.input.value.trim());
        if (missing) { showError(t("address_incomplete")); missing.input.focus(); return; }
        await mutate(() => api("PATCH", cartPath(), {
          address: {
            line1: line1.input.value, line2: line2.input.value, city: city.input.value,
            region: region.input.value, postal_code: postal.input.value, country: country.value,
          },
          step: "payment",
        })).then(() => go("payment")).catch(() => {});
      },
    }, line1.el, line2.el, h("div", { class: "pair" }, city.el, region.el),
    h("div", { class: "pair" }, postal.el, h("div", { class: "field" }, h("label", { for: "pc-country" }, t("country")), country)),
    h("div", { class: "nav" },
      h("button", { type: "button", class: "secondary", onclick: () => go("contact") }, t("back")),
      h("button", { type: "submit", class: "primary" }, t("continue_payment"))));
    return form;
  }

  function stepPayment() {
    const cart = state.cart;
    const methods = config.payment_methods;
    const chosen = methods.includes(cart.payment_method) ? cart.payment_method : methods[0];
    const radios = methods.map((m) => h("label", { class: "method" },
      h("input", { type: "radio", name: "method", value: m, checked: m === chosen }), " ", t("pay_" + m)));
    const a = cart.address || {};
    const review = h("dl", { class: "review" },
      h("dt", {}, t("email")), h("dd", {}, cart.email || ""),
      h("dt", {}, t("deliver_to")), h("dd", {}, [cart.name, a.line1, a.line2, a.city, a.region, a.postal_code, a.country].filter(Boolean).join(", ")));
    const form = h("form", {
      onsubmit: async (e) => {
        e.preventDefault();
        const method = (form.querySelector("input[name=method]:checked") || {}).value;
        await placeOrder(method);
      },
    }, h("fieldset", {}, h("legend", {}, t("payment_method")), ...radios), review,
    h("div", { class: "nav" },
      h("button", { type: "button", class: "secondary", onclick: () => go("delivery") }, t("back")),
      h("button", { type: "submit", class: "primary", "data-place": true }, "")));
    return form;
  }

  async function placeOrder(method) {
    await ready;
    state.busy = true;
    render();
    try {
      const order = await api("POST", cartPath("/order"), { payment_method: method });
      state.order = order;
      if (pushMoment() === "confirmation" && mayOfferPush()) state.offerPush = true;
      store.del("cart");
      const fresh = await api("POST", "/carts", { visitor_id: visitorId(), locale: lang });
      store.set("cart", fresh.token);
      state.cart = fresh;
      state.step = "cart";
      state.stepRendered = null;
      showError("");
      emit("order", { number: order.number, total: order.total, currency: order.currency, status: order.status, status_url: order.status_url });
    } catch (err) {
      showError(errorText(err));
      if (err.code === "out_of_stock" || err.code === "discount_used_up") {
        state.cart = await api("GET", cartPath()).catch(() => state.cart);
      }
    } finally {
      state.busy = false;
      render();
      ui.title.focus();
    }
  }

  function renderConfirmation() {
    const o = state.order;
    return h("div", { class: "confirm" },
      h("p", { class: "big" }, "✓"),
      h("p", {}, t("order_placed", { number: o.number })),
      h("p", { class: "total" }, t("total"), ": ", formatMoney(o.total)),
      h("p", { class: "hint" }, t(o.status === "pending" ? "order_pending" : "order_confirmed", { email: o.email })),
      pointsEarned(o.points),
      o.status_url ? h("p", {}, h("a", { href: o.status_url, target: "_blank", rel: "noopener", class: "track" }, t("track_order"))) : null,
      ui.optin,
      h("button", { type: "button", class: "primary", onclick: close }, t("continue_shopping")));
  }

  // -- web push opt-in: our own soft prompt first, the browser's only after "Allow" ----------

  function pushMoment() {
    return (config.push_prompt && config.push_prompt.moment) || "after_add";
  }

  // Safari 18.4+ subscribes from the page itself (Declarative Web Push): no service worker needed.
  const canPush = () => (window.pushManager || "serviceWorker" in navigator) && "PushManager" in window && "Notification" in window && Notification.permission !== "denied";

  // iOS and iPadOS (whose Safari says "Mac", but has touch) give a tab no Push API: push comes
  // once the shop is added to the Home Screen and opened from there (navigator.standalone).
  const needsHomeScreen = () => !("PushManager" in window) && navigator.standalone !== true &&
    /iP(hone|ad|od)|Mac/.test(navigator.userAgent) && navigator.maxTouchPoints > 0;

  function mayOfferPush() {
    return (canPush() || needsHomeScreen()) && store.get("push") !== "on" && Number(store.get("push_snooze_until") || 0) < Date.now();
  }

  // The share icon of iOS (a box with an arrow up), named for screen readers.
  function shareIcon() {
    const svg = (tag, attrs) => {
      const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
      for (const k in attrs) el.setAttribute(k, attrs[k]);
      return el;
    };
    const icon = svg("svg", { viewBox: "0 0 24 24", width: 16, height: 16, fill: "none", stroke: "#007aff", "stroke-width": 2, role: "img", "aria-label": t("share") });
    icon.append(svg("path", { d: "M12 3v12M8 7l4-4 4 4M8 11H5v10h14V11h-3" }));
    return icon;
  }

  function renderPushPrompt() {
    const prompt = config.push_prompt || {};
    if (!state.offerPush && !state.pushStatus) { ui.optin.replaceChildren(); ui.optin.hidden = true; return; }
    ui.optin.hidden = false;
    if (state.pushStatus) {
      ui.optin.replaceChildren(h("p", { class: state.pushStatus === "push_on" ? "applied" : "hint" }, t(state.pushStatus)));
      return;
    }
    // On iOS in a tab an "Allow" cannot work: the same card says how to add the shop instead.
    const ios = needsHomeScreen();
    const [before, after] = t("push_ios", { share: "\n" }).split("\n");
    ui.optin.replaceChildren(
      h("p", { class: "optin-title" }, prompt.title || t("push_title")),
      h("p", { class: "hint" }, ios ? [before, shareIcon(), after] : prompt.body || t("push_body")),
      h("div", { class: "nav" },
        h("button", { type: "button", class: "secondary", onclick: snoozePush }, t("not_now")),
        ios ? null : h("button", { type: "button", class: "primary", onclick: () => enablePush() }, t("allow"))));
  }

  function snoozePush() {
    const days = (config.push_prompt && config.push_prompt.snooze_days) || 14;
    store.set("push_snooze_until", String(Date.now() + days * 86400000));
    state.offerPush = false;
    render();
  }

  function pushOptions() {
    const b64 = (config.vapid_public_key + "=".repeat((4 - config.vapid_public_key.length % 4) % 4))
      .replace(/-/g, "+").replace(/_/g, "/");
    return { userVisibleOnly: true, applicationServerKey: Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)) };
  }

  async function enablePush() {
    state.offerPush = false;
    try {
      if (!(await subscribePush()) && !state.pushStatus) snoozePush();
    } catch (err) {
      console.warn("Pushcart: could not turn on notifications: " + err.message);
      state.pushStatus = "push_failed";
    } finally {
      render();
    }
  }

  // The browser's permission, then its subscription, kept by the server: true when it is on.
  // Where the page has its own pushManager (Safari 18.4+) no worker is registered, so those
  // shoppers are reached before the merchant hosts /pushcart-sw.js.
  async function subscribePush() {
    const permission = await Notification.requestPermission();
    state.pushStatus = permission === "denied" ? "push_blocked" : "";
    if (permission !== "granted") return false;
    const registration = window.pushManager ? null : await navigator.serviceWorker.register(SW_PATH).then(() => navigator.serviceWorker.ready);
    await savePush(await (window.pushManager || registration.pushManager).subscribe(pushOptions()));
    registration?.active?.postMessage({ type: "pushcart:config", api: API, storeKey: STORE_KEY, visitorId: visitorId(), storeName: config.name || "" });
    store.set("push", "on");
    state.pushStatus = "push_on";
    emit("push", { subscribed: true });
    return true;
  }

  async function savePush(subscription) {
    await api("POST", "/push/subscriptions", { visitor_id: visitorId(), subscription: subscription.toJSON(), locale: lang, timezone: timeZone() });
    store.set("push_endpoint", subscription.endpoint);
  }

  // No pushsubscriptionchange reaches a page (Safari fires it at a worker only), so each visit
  // compares the page's subscription with the one sent, and replaces it on the server if it moved.
  async function refreshPush() {
    const sent = store.get("push_endpoint");
    if (!window.pushManager || !sent) return;
    const now = await window.pushManager.getSubscription() || (Notification.permission === "granted"
      ? await window.pushManager.subscribe(pushOptions()).catch(() => null) : null);
    if (now && now.endpoint === sent) return;
    if (now) await savePush(now);
    else { store.del("push"); store.del("push_endpoint"); }
    await api("POST", "/push/unsubscribe", { endpoint: sent });
  }

  // -- "Notify me when it's back": buttons of products with stock 0, and Pushcart.notifyMe ----

  async function markStock() {
    const buttons = [...document.querySelectorAll("[data-pushcart-add][data-sku]")];
    const skus = [...new Set(buttons.map((b) => b.dataset.sku))].slice(0, 100);
    if (!skus.length || !config.stock_alerts.length) return;
    const stock = await api("GET", "/widget/availability?skus=" + encodeURIComponent(skus.join(",").slice(0, 1000)));
    for (const b of buttons) {
      if (stock[b.dataset.sku] === false) { b.dataset.pushcartNotify = ""; b.textContent = t("notify_me"); }
    }
  }

  async function notifyMe(sku) {
    await ready;
    const opener = document.activeElement;
    const ways = config.stock_alerts;
    const byPush = canPush() && ways.includes("push");
    if (!byPush && !ways.includes("email")) return;
    const status = h("p", { class: "error", role: "alert" });
    const email = h("input", { id: "pc-n-email", type: "email", required: true, autocomplete: "email", value: state.cart.email || "" });
    const consent = h("input", { type: "checkbox", required: true });
    const ask = async (channel, extra) => {
      status.textContent = "";
      try {
        if (channel === "push" && !(await subscribePush())) throw new Error();
        await api("POST", "/products/" + encodeURIComponent(sku) + "/alerts", { visitor_id: visitorId(), channel, locale: lang, ...extra });
        body.replaceChildren(h("p", { class: "applied", role: "status" }, t("notify_done")));
        emit("notify", { sku: String(sku), channel });
      } catch (err) {
        status.textContent = err.status ? errorText(err) : t(state.pushStatus || "push_failed");
      }
    };
    const body = h("div", {},
      byPush ? h("button", { type: "button", class: "primary", autofocus: true, onclick: () => ask("push") }, t("notify_push")) : null,
      ways.includes("email") ? h("form", { onsubmit: (e) => { e.preventDefault(); ask("email", { email: email.value.trim(), consent: consent.checked }); } },
        h("div", { class: "field" }, h("label", { for: "pc-n-email" }, t("email")), email),
        h("label", { class: "check" }, consent, " ", t("notify_consent")),
        h("button", { type: "submit", class: "primary" }, t("notify_email"))) : null,
      status);
    const dialog = h("dialog", {
      class: "notify", "aria-labelledby": "pc-n-title", onkeydown: (e) => trap(e, dialog),
      onclose: () => { dialog.remove(); if (opener && opener.focus) opener.focus(); },
    }, h("div", { class: "head" }, h("h2", { id: "pc-n-title" }, t("notify_me")),
      h("button", { class: "icon", type: "button", "aria-label": t("close"), onclick: () => dialog.close() }, "✕")), body);
    ui.shell.append(dialog);
    dialog.showModal();
  }

  function showError(message) {
    if (ui) ui.error.textContent = message || "";
  }

  function errorText(err) {
    const key = "err_" + err.code;
    return strings[key] || EN[key] ? t(key) : err.message;
  }

  // -- wiring ---------------------------------------------------------------------------------

  document.addEventListener("click", (event) => {
    const button = event.target.closest && event.target.closest("[data-pushcart-add]");
    if (!button) return;
    event.preventDefault();
    const sku = button.getAttribute("data-sku");
    if (!sku) return;
    if (button.hasAttribute("data-pushcart-notify")) { notifyMe(sku); return; }
    add(sku, button.getAttribute("data-quantity") || 1).then(() => open()).catch(() => open());
  });

  window.Pushcart = Object.freeze({
    version: "1",
    add,
    view,
    notifyMe,
    remove,
    open,
    close,
    setQuantity,
    get cart() { return state.cart ? JSON.parse(JSON.stringify(state.cart)) : null; },
  });

  const CSS = `
    :host { all: initial; }
    .shell { --brand: #0f766e; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Devanagari", "Noto Sans Bengali", "Noto Sans Gujarati", "Noto Nastaliq Urdu", "Noto Sans Arabic", sans-serif; color: #1f2937; }
    *, *::before, *::after { box-sizing: border-box; }
    [hidden] { display: none !important; }
    button { font: inherit; cursor: pointer; }
    button:disabled { cursor: default; opacity: .55; }
    :focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .fab { position: fixed; inset-block-end: 20px; inset-inline-end: 20px; z-index: 2147483000; display: flex; align-items: center; gap: 6px;
      border: 0; border-radius: 999px; padding: 12px 18px; background: var(--brand); color: #fff; font-size: 17px; box-shadow: 0 6px 20px rgba(0,0,0,.25); }
    .count { background: #fff; color: var(--brand); border-radius: 999px; min-width: 24px; padding: 0 6px; font-weight: 700; text-align: center; }
    .backdrop { position: fixed; inset: 0; background: rgba(15, 23, 42, .45); z-index: 2147483001; }
    .drawer { position: fixed; inset-block: 0; inset-inline-end: 0; width: min(440px, 100vw); background: #fff; z-index: 2147483002;
      display: flex; flex-direction: column; box-shadow: 0 0 40px rgba(0,0,0,.3); }
    .head { display: flex; align-items: center; justify-content: space-between; padding: 14px 18px; border-bottom: 1px solid #e5e7eb; }
    h2 { margin: 0; font-size: 19px; outline: none; }
    .heading { display: flex; align-items: center; gap: 10px; min-width: 0; }
    .logo { height: 28px; max-width: 120px; object-fit: contain; }
    .icon { border: 0; background: transparent; font-size: 20px; padding: 6px 10px; border-radius: 8px; color: #374151; }
    .progress { display: flex; list-style: none; margin: 0; padding: 10px 18px; gap: 6px; border-bottom: 1px solid #f3f4f6; font-size: 13px; color: #6b7280; }
    .progress li { flex: 1; display: flex; align-items: center; gap: 6px; }
    .progress li + li::before { content: ""; flex: 0 0 12px; height: 2px; background: #d1d5db; }
    .progress .dot { display: inline-grid; place-items: center; width: 22px; height: 22px; border-radius: 50%; border: 2px solid #d1d5db; font-size: 12px; flex: none; }
    .progress .current { color: #111827; font-weight: 600; }
    .progress .current .dot { border-color: var(--brand); color: var(--brand); }
    .progress .done .dot { background: var(--brand); border-color: var(--brand); color: #fff; }
    .scroll { overflow-y: auto; padding: 12px 18px 24px; flex: 1; }
    .items { list-style: none; margin: 0; padding: 0; }
    .item { display: grid; grid-template-columns: 56px 1fr auto; gap: 10px; padding: 10px 0; border-bottom: 1px solid #f3f4f6; align-items: start; }
    .recs h3 { font-size: 15px; margin: 14px 0 4px; }
    .recs ul { list-style: none; margin: 0; padding: 0; }
    .rec { display: grid; grid-template-columns: 40px 1fr auto auto; gap: 10px; align-items: center; padding: 6px 0; }
    .rec .noimg, .rec img { width: 40px; height: 40px; }
    .item img, .noimg { width: 56px; height: 56px; border-radius: 8px; object-fit: cover; background: #f3f4f6; }
    .info { display: flex; flex-direction: column; gap: 2px; min-width: 0; }
    .name { font-weight: 600; }
    .unit { color: #4b5563; font-size: 14px; }
    .unit s { color: #6b7280; margin-inline-start: 6px; }
    .low { color: #b45309; font-size: 13px; }
    .line { font-weight: 600; white-space: nowrap; }
    .qty-row { display: flex; align-items: center; gap: 4px; margin-top: 4px; }
    .qty-btn { width: 32px; height: 32px; border: 1px solid #d1d5db; background: #fff; border-radius: 8px; font-size: 18px; line-height: 1; }
    .qty { width: 48px; height: 32px; text-align: center; border: 1px solid #d1d5db; border-radius: 8px; font: inherit; -moz-appearance: textfield; }
    .qty::-webkit-inner-spin-button { display: none; }
    .link { border: 0; background: none; color: #b91c1c; text-decoration: underline; padding: 4px 6px; font-size: 14px; }
    .empty { color: #6b7280; padding: 16px 0; }
    .code-form { display: flex; gap: 8px; margin: 12px 0 4px; }
    .code-form input { flex: 1; }
    .applied { color: #047857; margin: 12px 0 4px; }
    input:not([type=checkbox]):not([type=radio]):not(.qty), select { width: 100%; padding: 10px 12px; border: 1px solid #d1d5db; border-radius: 8px; font: inherit; background: #fff; color: inherit; }
    input[aria-invalid=true] { border-color: #b91c1c; }
    .breakdown { margin: 12px 0; padding: 12px; background: #f9fafb; border-radius: 10px; }
    .breakdown .row { display: flex; justify-content: space-between; gap: 12px; padding: 3px 0; }
    .breakdown dt, .breakdown dd { margin: 0; }
    .breakdown .discount dd { color: #047857; }
    .breakdown .total { border-top: 1px solid #e5e7eb; margin-top: 6px; padding-top: 8px; font-size: 18px; font-weight: 700; }
    .error { color: #b91c1c; margin: 8px 0; min-height: 0; }
    .error:empty { display: none; }
    .field { display: flex; flex-direction: column; gap: 4px; margin: 10px 0; }
    .field label { font-size: 14px; font-weight: 600; }
    .saved { color: #047857; font-size: 13px; min-height: 1em; }
    .check { display: flex; gap: 8px; align-items: center; font-size: 14px; margin: 6px 0; }
    .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
    .pair .field { margin: 4px 0; }
    fieldset { border: 1px solid #e5e7eb; border-radius: 10px; padding: 8px 12px; margin: 8px 0; }
    legend { font-weight: 600; font-size: 14px; padding: 0 4px; }
    .method { display: flex; align-items: center; gap: 8px; padding: 8px 0; }
    .review { font-size: 14px; display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; margin: 12px 0; }
    .review dt { color: #6b7280; }
    .review dd { margin: 0; overflow-wrap: anywhere; }
    .nav { display: flex; gap: 10px; margin-top: 14px; }
    .primary { flex: 1; border: 0; border-radius: 10px; padding: 13px 16px; background: var(--brand); color: #fff; font-weight: 700; font-size: 16px; width: 100%; }
    .secondary { border: 1px solid #d1d5db; border-radius: 10px; padding: 10px 14px; background: #fff; color: #1f2937; }
    .hint { color: #6b7280; font-size: 13px; text-align: center; }
    .trust { list-style: none; padding: 12px 0 0; margin: 16px 0 0; border-top: 1px solid #f3f4f6; color: #4b5563; font-size: 13px; display: grid; gap: 4px; }
    .optin { background: #f0fdfa; border: 1px solid #99f6e4; border-radius: 10px; padding: 10px 14px; margin: 4px 0 12px; text-align: start; }
    .optin-title { font-weight: 700; margin: 0 0 2px; }
    .optin .hint { text-align: start; margin: 0; }
    .optin .nav { margin-top: 10px; }
    .totalbar { display: flex; justify-content: space-between; padding: 12px 18px; border-top: 1px solid #e5e7eb; background: #fff; font-size: 17px; }
    .confirm { text-align: center; padding: 20px 0; }
    .confirm .big { font-size: 44px; color: var(--brand); margin: 0; }
    .confirm .total { font-weight: 700; font-size: 18px; }
    .confirm .track { color: var(--brand); font-weight: 600; }
    .notify { border: 0; border-radius: 12px; padding: 0; width: min(400px, 94vw); color: inherit; }
    .notify::backdrop { background: rgba(15, 23, 42, .45); }
    .notify > div { padding: 4px 18px 18px; }
    @media (max-width: 560px) {
      .drawer { width: 100vw; }
      .pair { grid-template-columns: 1fr; }
      .fab { inset-block-end: 14px; inset-inline-end: 14px; }
    }
    @media (prefers-reduced-motion: no-preference) { .drawer:not([hidden]) { animation: slide .18s ease-out; } }
    @keyframes slide { from { transform: translateX(var(--slide, 30px)); opacity: .6; } }
    [dir=rtl] .drawer { --slide: -30px; }
  `;

  ready = init().catch((err) => { console.error("Pushcart: could not start: " + err.message); throw err; });
  ready.then(() => {
    const meta = document.querySelector('meta[name="pushcart:product"]');
    if (meta && meta.content) view(meta.content).catch(() => {});
    markStock().catch(() => {});
    refreshPush().catch(() => {});
    deepLink();
    for (const call of queued) {
      if (Array.isArray(call) && typeof window.Pushcart[call[0]] === "function") window.Pushcart[call[0]](...call.slice(1));
    }
  }, () => {});
})();
