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

  // Going away asks first which conversations to keep: the one whose reply box holds an unsent
  // text on this page is named, so it comes ticked.
  document.addEventListener("htmx:configRequest", function (event) {
    var elt = event.detail.elt;
    var text = document.getElementById("reply-text");
    if (elt && elt.id === "presence-form" && body.dataset.conversation && text
        && text.value.trim() !== "") {
      event.detail.parameters.drafting = body.dataset.conversation;
    }
  });

  // 422 answers a form with its own error in it (e.g. a note too long): show it like a success.
  // A refused form comes back with its reason: 422 (too long), or 403 on the booking panel (the
  // agent's role does not allow the action; the panel says why and offers to ask a supervisor).
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    var onBookingPanel = event.detail.target && event.detail.target.id === "booking";
    if (status === 422 || (status === 403 && onBookingPanel)) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
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
  });

  // Live updates: the stream names the conversations that changed; the page reloads only its
  // live fragments (htmx listens for these events on the body).
  function listen() {
    var url = body.dataset.events;
    if (!url || !window.EventSource) {
      return;
    }
    var source = new EventSource(url);
    // Until the stream is open nothing is heard: a change made between the page's rendering and
    // then would never show. The first opening catches up once, like every reconnection.
    var lost = true;
    source.addEventListener("conversations", function (event) {
      var ids = event.data.split(",");
      body.dispatchEvent(new CustomEvent("purser:conversations", { detail: { ids: ids } }));
      if (body.dataset.conversation && ids.indexOf(body.dataset.conversation) >= 0) {
        body.dispatchEvent(new CustomEvent("purser:refresh"));
      }
    });
    source.addEventListener("agents", function () {
      body.dispatchEvent(new CustomEvent("purser:agents"));
    });
    source.addEventListener("open", function () {
      setLost(false);
      if (lost) {
        // Changes made while we were not listening were not heard: catch up once. The page says
        // "open" when the catch-up has loaded (the browser tests wait for it).
        body.dataset.live = "catching-up";
        body.dispatchEvent(new CustomEvent("purser:conversations"));
        body.dispatchEvent(new CustomEvent("purser:refresh"));
        body.dispatchEvent(new CustomEvent("purser:agents"));
        caughtUpWhenLoaded();
      } else {
        body.dataset.live = "open";
      }
      lost = false;
    });
    source.addEventListener("error", function () {
      body.dataset.live = "lost";
      lost = true;
      setLost(true);
    });
  }

  // A request that fails leaves the page as it was: say so, or the agent believes it worked. The
  // notice goes with the next request that succeeds.
  function setFailed(text) {
    var notice = document.querySelector(".request-failed");
    if (notice) {
      notice.textContent = text || "";
      notice.hidden = !text;
    }
  }
  document.addEventListener("htmx:responseError", function (event) {
    var notice = document.querySelector(".request-failed");
    if (notice) {
      setFailed(notice.dataset.failed + " (HTTP " + event.detail.xhr.status + ")");
    }
  });
  document.addEventListener("htmx:sendError", function () {
    var notice = document.querySelector(".request-failed");
    if (notice) {
      setFailed(notice.dataset.unreachable);
    }
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.successful) {
      setFailed(null);
    }
  });

  // A live fragment reloads itself on the stream's news. When news comes while it is already
  // loading, htmx queues a second load on the element, and drops that load when the first answer
  // replaces the element: the later change would never show. Note it and load once more.
  var loading = {};
  function isLiveFragment(elt) {
    return !!(elt && elt.id && elt.getAttribute && elt.getAttribute("hx-get") &&
      / from:body/.test(elt.getAttribute("hx-trigger") || ""));
  }
  ["purser:refresh", "purser:conversations", "purser:agents"].forEach(function (name) {
    body.addEventListener(name, function () {
      Object.keys(loading).forEach(function (id) {
        var elt = document.getElementById(id);
        if (loading[id] === "busy" && elt && elt.getAttribute("hx-trigger").indexOf(name) >= 0) {
          loading[id] = "again";
        }
      });
    });
  });
  document.addEventListener("htmx:beforeRequest", function (event) {
    var elt = event.detail.elt;
    if (isLiveFragment(elt) && event.detail.requestConfig.verb === "get") {
      loading[elt.id] = loading[elt.id] === "again" ? "again" : "busy";
      event.detail.xhr.purserFragment = elt;
    }
  });
  // Heard on the document through the element's parent when the answer replaced it (htmx then
  // names the parent as the event's element, hence the element kept on the request).
  document.addEventListener("htmx:afterRequest", function (event) {
    var elt = event.detail.xhr && event.detail.xhr.purserFragment;
    if (!elt) {
      return;
    }
    event.detail.xhr.purserFragment = null;
    var again = loading[elt.id] === "again";
    delete loading[elt.id];
    var now = document.getElementById(elt.id);
    // Still in the page, the element keeps its queue and htmx sends the queued load itself.
    if (again && now && now !== elt && isLiveFragment(now)) {
      htmx.ajax("GET", now.getAttribute("hx-get"), { source: now, target: now, swap: "outerHTML" });
    }
    caughtUpWhenLoaded();
  });

  // The page hears live changes from now on, and has loaded what it missed before.
  function caughtUpWhenLoaded() {
    if (body.dataset.live === "catching-up" && Object.keys(loading).length === 0) {
      body.dataset.live = "open";
    }
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

  function openShortcuts() {
    var dialog = document.getElementById("shortcuts");
    if (dialog && !dialog.open && dialog.showModal) {
      dialog.showModal();
    }
  }

  function focusField(id) {
    var field = document.getElementById(id);
    if (field) {
      field.focus();
      if (field.scrollIntoView) {
        field.scrollIntoView({ block: "nearest" });
      }
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) {
      return;
    }
    if (event.key === "?") {
      event.preventDefault();
      openShortcuts();
      return;
    }
    if (body.dataset.page === "conversation") {
      var targets = { r: "reply-text", n: "note-text", "/": "saved-reply-search" };
      if (targets[event.key]) {
        event.preventDefault();
        focusField(targets[event.key]);
      } else if (event.key === "j" || event.key === "k") {
        event.preventDefault();
        goTo(neighbour(event.key === "j" ? 1 : -1));
      } else if (event.key === "e") {
        var resolve = document.getElementById("set-resolved");
        if (resolve) {
          event.preventDefault();
          resolveAndMoveOn(resolve);
        }
      }
      return;
    }
    if (event.key === "/") {
      event.preventDefault();
      focusField("search-q");
      return;
    }
    if (body.dataset.page !== "queue") {
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

  // The list the agent works from: each page that lists conversations remembers them (in this
  // tab), so that inside a conversation j / k move to the next / previous one of that list, and
  // "e" resolves and moves on to the next.
  var LIST_KEY = "purser.list";
  var UNDO_KEY = "purser.undo";
  var UNDO_FOR_MS = 8000;

  function rememberList() {
    var links = Array.prototype.slice.call(document.querySelectorAll("main .row-link"));
    if (links.length === 0 && body.dataset.page !== "queue") {
      return;
    }
    var list = {
      from: location.pathname + location.search,
      rows: links.map(function (link) {
        return { id: link.dataset.conversation || link.id.replace("conversation-", ""),
          href: link.getAttribute("href") };
      })
    };
    try {
      sessionStorage.setItem(LIST_KEY, JSON.stringify(list));
    } catch (e) {
      // Storage refused (private mode, quota): j / k inside a conversation go back to the list.
    }
  }

  function storedList() {
    try {
      return JSON.parse(sessionStorage.getItem(LIST_KEY) || "null");
    } catch (e) {
      return null;
    }
  }

  // Where j (+1) or k (-1) leads from the open conversation: its neighbour in the remembered
  // list; the list itself when the conversation is not in it; nowhere past either end.
  function neighbour(step) {
    var list = storedList();
    var back = document.getElementById("back-to-list");
    if (!list || !list.rows) {
      return back ? back.getAttribute("href") : null;
    }
    var here = list.rows.findIndex(function (row) { return row.id === body.dataset.conversation; });
    if (here < 0) {
      return list.from;
    }
    var next = list.rows[here + step];
    return next ? next.href : null;
  }

  function goTo(href) {
    if (href) {
      location.href = href;
    }
  }

  // "e": resolve through the page's own Resolve button; once the answer shows the conversation
  // resolved, go to the next one of the list (or back to the list) and offer an Undo there.
  var movingOn = null;
  function resolveAndMoveOn(button) {
    var list = storedList();
    var after = neighbour(1) || neighbour(-1);
    if (!after) {
      after = list ? list.from : document.getElementById("back-to-list").getAttribute("href");
    }
    var name = document.querySelector(".conversation-header h1");
    movingOn = {
      button: button,
      id: body.dataset.conversation,
      href: location.pathname,
      reopen: button.getAttribute("hx-post"),
      name: name ? name.textContent.trim() : "",
      next: after
    };
    button.click();
  }
  document.addEventListener("htmx:afterSettle", function (event) {
    var config = event.detail && event.detail.requestConfig;
    if (!movingOn || !config || config.elt !== movingOn.button) {
      return; // Another swap (a live update, the booking panel): not the answer to "e".
    }
    var done = movingOn;
    movingOn = null;
    if (!document.querySelector(".conversation-header .status-resolved")) {
      return; // Refused: the page says why and stays.
    }
    try {
      sessionStorage.setItem(UNDO_KEY, JSON.stringify({
        id: done.id, href: done.href, reopen: done.reopen, name: done.name,
        until: Date.now() + UNDO_FOR_MS
      }));
    } catch (e) {
      // Without storage there is no Undo on the next page; the conversation can still be reopened.
    }
    location.href = done.next;
  });

  // The Undo offered for a few seconds after "e": it reopens the conversation and goes back to it.
  function offerUndo() {
    var bar = document.getElementById("undo-bar");
    var pending;
    try {
      pending = JSON.parse(sessionStorage.getItem(UNDO_KEY) || "null");
    } catch (e) {
      pending = null;
    }
    if (!bar || !pending || pending.until <= Date.now()) {
      sessionStorage.removeItem(UNDO_KEY);
      return;
    }
    bar.querySelector(".undo-name").textContent = pending.name;
    bar.hidden = false;
    var timer = setTimeout(function () {
      bar.hidden = true;
      sessionStorage.removeItem(UNDO_KEY);
    }, pending.until - Date.now());
    bar.querySelector("button").addEventListener("click", function () {
      clearTimeout(timer);
      sessionStorage.removeItem(UNDO_KEY);
      var token = document.querySelector('meta[name="_csrf"]');
      var header = document.querySelector('meta[name="_csrf_header"]');
      var headers = { "Content-Type": "application/x-www-form-urlencoded", "HX-Request": "true" };
      if (token && header) {
        headers[header.content] = token.content;
      }
      fetch(pending.reopen, { method: "POST", headers: headers, body: "status=open",
        credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("HTTP " + response.status);
          }
          location.href = pending.href;
        })
        .catch(function (error) {
          bar.hidden = true;
          setFailed(document.querySelector(".request-failed").dataset.failed + " (" + error.message + ")");
        });
    }, { once: true });
  }

  // The skip link of a conversation page leads to the reply box: focus it, not just scroll to it.
  document.addEventListener("click", function (event) {
    var skip = event.target.closest && event.target.closest(".skip-link");
    var target = skip && document.querySelector(skip.getAttribute("href"));
    if (target && target.tagName === "TEXTAREA") {
      event.preventDefault();
      target.focus();
    }
  });

  // Saved replies: "/" at the start of an empty reply opens the search; picking one puts its
  // filled text into the reply, where the agent can still edit it.
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && event.target.id === "reply-text" && event.target.value === "") {
      event.preventDefault();
      focusField("saved-reply-search");
    }
    if (event.key === "Escape" && event.target.id === "saved-reply-search") {
      focusField("reply-text");
    }
    if (event.key === "ArrowDown" && event.target.id === "saved-reply-search") {
      var first = document.querySelector("#saved-replies .saved-reply");
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    var list = document.getElementById("saved-replies");
    if (list && event.detail.target && event.detail.target.id === "saved-replies") {
      list.hidden = false;
    }
  });
  // The booking panel's confirmation step: it takes the focus when it appears (Enter confirms),
  // and Escape anywhere in it cancels.
  document.addEventListener("htmx:afterSettle", function () {
    var confirm = document.getElementById("identity-check") || document.getElementById("confirm-rebook");
    var review = document.getElementById("rebook-review");
    if (confirm && !review.contains(document.activeElement)) {
      confirm.focus();
    }
  });
  document.addEventListener("keydown", function (event) {
    var review = event.target.closest && event.target.closest("#rebook-review");
    var cancel = document.getElementById("cancel-rebook");
    if (event.key === "Escape" && review && cancel) {
      event.preventDefault();
      cancel.click();
    }
  });
  // One way text is put into the reply box, whoever offers it (the booking panel's "Use as
  // reply", a saved reply, a suggested reply): the agent can still edit it, and the counter and
  // the reply check see it. A suggested reply is remembered with the form, so what the agent
  // sends after editing it teaches the suggestions; any other text forgets it.
  function putInReply(value, suggestion) {
    var text = document.getElementById("reply-text");
    if (!text) {
      return;
    }
    text.value = value;
    var key = document.getElementById("suggestion-key");
    var suggested = document.getElementById("suggested-text");
    if (key && suggested) {
      key.value = suggestion ? suggestion.dataset.key : "";
      suggested.value = suggestion ? value : "";
    }
    text.focus();
    text.setSelectionRange(value.length, value.length);
    text.dispatchEvent(new Event("input", { bubbles: true }));
  }
  document.addEventListener("click", function (event) {
    var use = event.target.closest && event.target.closest(".insert-reply, .suggestion-use");
    if (use) {
      putInReply(use.dataset.text, use.classList.contains("suggestion-use") ? use : null);
    }
  });
  document.addEventListener("click", function (event) {
    var choice = event.target.closest && event.target.closest(".saved-reply");
    if (!choice) {
      return;
    }
    document.getElementById("saved-replies").hidden = true;
    document.getElementById("saved-reply-search").value = "";
    putInReply(choice.dataset.text, null);
  });
  // Tab in an empty reply box takes the first suggested reply.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Tab" || event.shiftKey || event.target.id !== "reply-text" ||
        event.target.value !== "") {
      return;
    }
    var first = document.querySelector("#suggestions .suggestion-use");
    if (first) {
      event.preventDefault();
      putInReply(first.dataset.text, first);
    }
  });

  // SLA countdowns: each deadline counts down, amber from its warning time and red once it has
  // passed, without asking the server. Durations are written as the server writes them
  // (ConsoleTimes): the same rules, with the patterns of the agent's language from the page.
  var durationWords = (function () {
    var meta = document.querySelector('meta[name="purser-durations"]');
    try {
      return meta ? JSON.parse(meta.content) : {};
    } catch (e) {
      return {};
    }
  })();

  function say(key, args) {
    var pattern = durationWords[key] || "";
    return pattern.replace(/\{(\d)\}/g, function (all, i) {
      return String(args[Number(i)]);
    });
  }

  function words(ms) {
    var minutes = Math.floor(ms / 60000);
    if (minutes < 60) {
      return say("time.minutes", [minutes]);
    }
    var hours = Math.floor(minutes / 60);
    if (hours < 24) {
      return minutes % 60 === 0 ? say("time.hours", [hours])
        : say("time.hoursMinutes", [hours, minutes % 60]);
    }
    var days = Math.floor(hours / 24);
    return hours % 24 === 0 ? say("time.days", [days]) : say("time.daysHours", [days, hours % 24]);
  }

  // "in 1 h 5 min", "due now" (less than a minute either way), "3 min overdue".
  function countdown(left) {
    if (Math.abs(left) < 60000) {
      return say("time.dueNow", []);
    }
    return left < 0 ? say("time.overdue", [words(-left)]) : say("time.dueIn", [words(left)]);
  }

  // "7 min", "23 h 57 min"; "under a minute".
  function elapsed(ms) {
    return ms < 60000 ? say("time.underMinute", []) : words(ms);
  }

  window.PurserDurations = { countdown: countdown, elapsed: elapsed };

  function tick() {
    var now = Date.now();
    document.querySelectorAll("time.countdown[datetime]").forEach(function (time) {
      var due = Date.parse(time.getAttribute("datetime"));
      var warn = Date.parse(time.dataset.warnAt || "");
      if (isNaN(due)) {
        return;
      }
      var left = due - now;
      var holder = time.closest(".sla");
      var status = left < 0 ? "breached" : !isNaN(warn) && now >= warn ? "warning" : "ok";
      time.textContent = countdown(left);
      if (holder) {
        holder.classList.remove("sla-ok", "sla-warning", "sla-breached");
        holder.classList.add("sla-" + status);
      }
    });
    document.querySelectorAll("time.elapsed[datetime]").forEach(function (time) {
      var since = Date.parse(time.getAttribute("datetime"));
      if (!isNaN(since)) {
        time.textContent = elapsed(now - since);
      }
    });
  }

  // Reply form: a live count in code points (as the server counts), the limit of the chosen
  // visibility, and Ctrl+Enter to send.
  function updateCounter(form) {
    var text = form.querySelector("textarea");
    var choice = form.querySelector('input[name="visibility"]:checked');
    var limit = Number(choice && choice.value === "public"
      ? form.dataset.limitPublic : form.dataset.limitPrivate);
    var sign = form.querySelector("#reply-sign");
    var extra = sign && sign.checked && !text.value.trimEnd().endsWith(sign.dataset.signature.trim())
      ? Array.from(sign.dataset.signature).length : 0;
    var count = Array.from(text.value.trimEnd()).length + extra;
    form.querySelector(".counter-count").textContent = String(count);
    var signed = form.querySelector(".counter-signature");
    if (signed) {
      signed.hidden = extra === 0;
    }
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

  document.addEventListener("htmx:afterSettle", rememberList);
  rememberList();
  offerUndo();
  tick();
  setInterval(tick, 1000);
  document.addEventListener("htmx:afterSettle", tick);
  var form = document.getElementById("reply-form");
  if (form) {
    updateCounter(form);
  }
  listen();
})();
