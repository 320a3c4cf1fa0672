// Purser console: live updates, keyboard, the reply form. Plain script (no eval), so the pages
// can forbid inline and evaluated scripts in their content security policy.
(function () {
  "use strict";

  var body = document.body;

  // CSRF: every htmx request carries the token Spring Security expects.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // A swap replaces elements; give focus back to the one that had it (same id), so an agent
  // moving through the list or about to press a button keeps their place.
  var focusedId = null;
  document.addEventListener("htmx:beforeSwap", function () {
    var active = document.activeElement;
    focusedId = active && active.id ? active.id : null;
  });
  document.addEventListener("htmx:afterSettle", function () {
    if (focusedId) {
      var again = document.getElementById(focusedId);
      if (again && again !== document.activeElement) {
        again.focus({ preventScroll: true });
      }
    }
    restoreSelection();
    localiseTimes(document);
  });

  // Live updates: the stream names the conversations that changed; the page reloads only its
  // live fragments (htmx listens for these events on the body).
  function listen() {
    var url = body.dataset.events;
    if (!url || !window.EventSource) {
      return;
    }
    var source = new EventSource(url);
    var lost = false;
    source.addEventListener("conversations", function (event) {
      var ids = event.data.split(",");
      body.dispatchEvent(new CustomEvent("purser:conversations", { detail: { ids: ids } }));
      if (body.dataset.conversation && ids.indexOf(body.dataset.conversation) >= 0) {
        body.dispatchEvent(new CustomEvent("purser:refresh"));
      }
    });
    source.addEventListener("open", function () {
      setLost(false);
      if (lost) {
        // Changes made while we were away were not heard: catch up once.
        body.dispatchEvent(new CustomEvent("purser:conversations"));
        body.dispatchEvent(new CustomEvent("purser:refresh"));
      }
      lost = false;
    });
    source.addEventListener("error", function () {
      lost = true;
      setLost(true);
    });
  }

  function setLost(isLost) {
    var notice = document.querySelector(".live-lost");
    if (notice) {
      notice.hidden = !isLost;
    }
  }

  // Keyboard: j / k move through the list, Enter opens (the selected row is a focused link).
  var selectedId = null;

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll(".conversations .row-link"));
  }

  function select(link) {
    rows().forEach(function (row) {
      row.classList.toggle("selected", row === link);
    });
    selectedId = link.id;
    link.focus();
  }

  function restoreSelection() {
    var link = selectedId && document.getElementById(selectedId);
    if (link) {
      link.classList.add("selected");
    }
  }

  function isTyping(target) {
    return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  }

  document.addEventListener("keydown", function (event) {
    if (body.dataset.page !== "queue" || event.ctrlKey || event.metaKey || event.altKey
        || isTyping(event.target)) {
      return;
    }
    var all = rows();
    if (all.length === 0) {
      return;
    }
    var current = all.findIndex(function (row) { return row.id === selectedId; });
    if (event.key === "j" || event.key === "k") {
      event.preventDefault();
      var next = event.key === "j" ? current + 1 : current - 1;
      select(all[Math.max(0, Math.min(all.length - 1, current < 0 ? 0 : next))]);
    } else if (event.key === "Enter" && current >= 0 && document.activeElement !== all[current]) {
      all[current].click();
    }
  });

  // Reply form: a live count in code points (as the server counts), the limit of the chosen
  // visibility, and Ctrl+Enter to send.
  function updateCounter(form) {
    var text = form.querySelector("textarea");
    var choice = form.querySelector('input[name="visibility"]:checked');
    var limit = Number(choice && choice.value === "public"
      ? form.dataset.limitPublic : form.dataset.limitPrivate);
    var count = Array.from(text.value).length;
    form.querySelector(".counter-count").textContent = String(count);
    form.querySelector(".counter-limit").textContent = String(limit);
    var over = count > limit;
    form.querySelector(".counter").classList.toggle("over", over);
    form.querySelector(".counter-over").hidden = !over;
  }

  document.addEventListener("input", function (event) {
    var form = event.target.closest && event.target.closest("#reply-form");
    if (form) {
      updateCounter(form);
    }
  });
  document.addEventListener("change", function (event) {
    var form = event.target.closest && event.target.closest("#reply-form");
    if (form) {
      updateCounter(form);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)
        && event.target.id === "reply-text") {
      event.preventDefault();
      event.target.form.requestSubmit();
    }
  });
  document.addEventListener("htmx:load", function (event) {
    var form = event.detail.elt.id === "reply-form"
      ? event.detail.elt : event.detail.elt.querySelector && event.detail.elt.querySelector("#reply-form");
    if (form) {
      updateCounter(form);
    }
  });

  // Times: shown in the agent's own time zone and language; the server's text is the fallback.
  function localiseTimes(root) {
    var format = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
      dateStyle: "short", timeStyle: "short"
    });
    root.querySelectorAll("time[datetime]").forEach(function (time) {
      var at = new Date(time.getAttribute("datetime"));
      if (!isNaN(at)) {
        time.textContent = format.format(at);
        time.title = at.toISOString();
      }
    });
  }

  localiseTimes(document);
  var form = document.getElementById("reply-form");
  if (form) {
    updateCounter(form);
  }
  listen();
})();
