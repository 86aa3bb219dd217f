// Her space: draws what the bot's API returns. No framework, no third-party code but
// Telegram's own script; every word comes from the server, in her language.
"use strict";

(function () {
  const tg = window.Telegram && window.Telegram.WebApp;
  // Telegram hands the page its init data; outside Telegram (the demo chat) it is in the
  // URL's fragment, the same place Telegram's script reads it from. Never sent in a URL.
  const initData = (tg && tg.initData) || new URLSearchParams(location.hash.slice(1)).get("tgWebAppData") || "";
  const $ = (id) => document.getElementById(id);
  let texts = {};

  function applyTheme() {
    const theme = (tg && tg.themeParams) || {};
    const names = {
      bg_color: "--bg", text_color: "--text", hint_color: "--hint", link_color: "--link",
      button_color: "--button", button_text_color: "--button-text",
      secondary_bg_color: "--secondary-bg",
    };
    for (const [key, variable] of Object.entries(names)) {
      if (theme[key]) document.documentElement.style.setProperty(variable, theme[key]);
    }
    document.documentElement.dataset.scheme = (tg && tg.colorScheme) || "light";
  }

  async function api(path, body) {
    const options = { headers: { Authorization: "tma " + initData }, cache: "no-store", credentials: "omit" };
    if (body !== undefined) {
      options.method = "POST";
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    const response = await fetch(path, options);
    const data = await response.json();
    if (response.status === 401) throw { signedOut: data.message };
    if (!response.ok) throw new Error(data.error || response.status);
    return data;
  }

  function svgInto(box, markup) {
    const parsed = new DOMParser().parseFromString(markup, "image/svg+xml");
    box.replaceChildren(document.importNode(parsed.documentElement, true));
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function fillTexts() {
    document.title = texts["title"] || "";
    for (const node of document.querySelectorAll("[data-text]")) {
      node.textContent = texts[node.dataset.text.replaceAll(".", "-").replaceAll("_", "-")] || "";
    }
    for (const button of document.querySelectorAll("#tabs button")) {
      button.textContent = texts["tabs-" + button.dataset.tab] || "";
    }
  }

  function show(tab) {
    for (const button of document.querySelectorAll("#tabs button")) {
      button.setAttribute("aria-selected", String(button.dataset.tab === tab));
    }
    for (const screen of document.querySelectorAll(".screen")) screen.hidden = screen.id !== tab;
    if (tab === "checklist") loadChecklist();
    if (tab === "settings") loadSettings();
  }

  async function loadOverview() {
    const data = await api("api/overview");
    texts = data.texts;
    document.documentElement.lang = data.locale;
    fillTexts();
    for (const key of ["current", "best", "total", "ridden"]) $("streak-" + key).textContent = data.streak[key];
    svgInto($("calendar"), data.calendar);
    svgInto($("week"), data.week);
    svgInto($("trend"), data.trend);
    $("patterns-empty").hidden = data.has_urges;
  }

  async function openDay(node) {
    for (const other of document.querySelectorAll(".day.selected")) other.classList.remove("selected");
    node.classList.add("selected");
    const data = await api("api/day?date=" + encodeURIComponent(node.dataset.day));
    const box = $("day");
    box.replaceChildren(element("h3", "", data.title));
    if (data.none) box.append(element("p", "hint", data.none));
    if (data.urges.length) {
      const list = element("ul");
      for (const urge of data.urges) {
        const item = element("li", "urge");
        item.append(element("span", "", [urge.time, urge.kind, urge.strength].filter(Boolean).join(" · ") + " — "));
        item.append(element("b", urge.outcome, urge.outcome_text));
        list.append(item);
      }
      box.append(list);
    }
    if (data.slips) box.append(element("p", "", data.slips));
    box.hidden = false;
  }

  function drawChecklist(data) {
    $("checklist-progress").textContent = data.progress;
    const list = $("checklist-items");
    list.replaceChildren();
    const labels = { open: texts["checklist-open"], done: texts["checklist-done"], not_needed: texts["checklist-not-needed"] };
    for (const item of data.items) {
      const row = element("li");
      row.dataset.item = item.id;
      row.append(element("span", "label", item.label));
      const states = element("div", "states");
      for (const state of data.states) {
        const button = element("button", "", labels[state]);
        button.type = "button";
        button.dataset.state = state;
        button.setAttribute("aria-pressed", String(item.state === state));
        states.append(button);
      }
      row.append(states);
      const links = element("div", "links");
      for (const link of item.links) {
        const anchor = element("a", "", link.label);
        anchor.href = link.url;
        anchor.rel = "noopener noreferrer";
        anchor.target = "_blank";
        links.append(anchor);
      }
      row.append(links);
      list.append(row);
    }
  }

  async function loadChecklist() {
    drawChecklist(await api("api/checklist"));
  }

  function options(select, choices, value) {
    select.replaceChildren(...choices.map((choice) => {
      const option = element("option", "", choice.label);
      option.value = choice.value;
      return option;
    }));
    select.value = value;
  }

  function drawSettings(data) {
    const form = $("settings-form");
    options(form.elements.zone, data.zones, data.zone);
    form.elements.checkin.value = data.checkin;
    options(form.elements.quiet, data.quiets, data.quiet);
    options(form.elements.language, data.languages, data.language);
    options(form.elements.country, data.countries, data.country);
    $("settings-next").textContent = data.next;
  }

  async function loadSettings() {
    drawSettings(await api("api/settings"));
  }

  async function changeSetting(field) {
    const saved = $("settings-saved");
    saved.hidden = true;
    try {
      const data = await api("api/settings", { [field.name]: field.value });
      if (field.name === "language") await loadOverview();
      drawSettings(data);
      saved.textContent = texts["saved"];
    } catch (error) {
      saved.textContent = texts["failed"];
    }
    saved.hidden = false;
  }

  function listen() {
    $("tabs").addEventListener("click", (event) => {
      const button = event.target.closest("button[data-tab]");
      if (button) show(button.dataset.tab);
    });
    const calendar = $("calendar");
    const dayFrom = (event) => event.target.closest && event.target.closest("[data-day]");
    calendar.addEventListener("click", (event) => { const day = dayFrom(event); if (day) openDay(day); });
    calendar.addEventListener("keydown", (event) => {
      const day = dayFrom(event);
      if (day && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); openDay(day); }
    });
    $("checklist-items").addEventListener("click", async (event) => {
      const button = event.target.closest("button[data-state]");
      if (!button) return;
      const item = button.closest("li").dataset.item;
      drawChecklist(await api("api/checklist", { item: item, state: button.dataset.state }));
    });
    $("settings-form").addEventListener("change", (event) => changeSetting(event.target));
  }

  async function start() {
    applyTheme();
    if (tg) { tg.ready(); tg.expand(); }
    if (tg && tg.onEvent) tg.onEvent("themeChanged", applyTheme);
    listen();
    try {
      await loadOverview();
      $("tabs").hidden = false;
      $("status").hidden = true;
      show("days");
    } catch (error) {
      $("status").textContent = error.signedOut || String(error);
    }
  }

  start();
})();
