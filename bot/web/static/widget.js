/* B12 assistant chat widget. Plain JS, no dependencies, talks to Rasa's REST channel.
 * Embed: <script src=".../widget.js" defer data-server-url="RASA_BASE_URL"></script>
 * Message content is only ever set with textContent (never innerHTML). */
(function () {
  'use strict';
  const script = document.currentScript;
  if (!script || window.B12Chat) return;
  const ds = script.dataset;
  const cfg = {
    server: (ds.serverUrl || 'http://localhost:5005').replace(/\/+$/, ''),
    title: ds.title || 'Vitamin B12 assistant',
    // The page's data-emergency-number, else bot/settings.py's DEFAULT_EMERGENCY_NUMBER
    // (tests/unit/test_emergency_number.py keeps the two equal).
    emergency: ds.emergencyNumber || '911',
    lang: ds.lang || document.documentElement.lang || 'en',
    timeout: parseInt(ds.timeoutMs, 10) || 20000,
  };
  const KEY = 'b12chat:' + cfg.server;
  const T = {
    open: 'Ask about vitamin B12', close: 'Close chat', summary: 'Save summary', restart: 'Start over',
    intro: 'Hi! I can answer questions about vitamin B12 and help you decide when to see a provider. ' +
      'I give general information, not a diagnosis.',
    input: 'Your message', placeholder: 'Type your question…', send: 'Send', typing: 'The assistant is typing…', you: 'You said:', bot: 'Assistant:',
    advice: 'Advice', urgent: 'Urgent', replies: 'Suggested replies', notSent: 'Not delivered.',
    offline: 'Cannot reach the assistant. Check your connection; we will reconnect automatically.',
    slow: 'The assistant did not answer in time.', retry: 'Retry', back: 'Connected again.',
    emTitle: 'This may be an emergency', call: 'Call', dismiss: 'Dismiss', dismissLabel: 'Dismiss emergency message',
    note: 'General information only. In an emergency call ', cleared: 'Conversation cleared.',
    eraseFailed: 'Cleared here, but the server could not delete the old conversation. Please try Start over again later.',
    sumTitle: 'Summary for your provider', download: 'Download (.txt)', print: 'Print', backChat: 'Back to chat',
    reported: 'WHAT I REPORTED', given: 'ADVICE GIVEN', full: 'FULL CONVERSATION', none: '(none)',
    disclaimer: 'General information from a chat assistant, not a diagnosis. Please discuss it with a health provider.',
  };

  /* ---------- state (persisted in localStorage) ---------- */
  const fresh = () => ({ sender: null, items: [], emergency: null, open: false });
  let state = fresh();
  try { state = Object.assign(fresh(), JSON.parse(localStorage.getItem(KEY)) || {}); } catch (e) { /* ignore */ }
  const save = () => { try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* ignore */ } };
  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  }

  /* ---------- DOM helpers ---------- */
  function el(tag, attrs, kids) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'text') e.textContent = v;
      else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), v);
      else if (v === true) e.setAttribute(k, '');
      else if (v !== false && v != null) e.setAttribute(k, v);
    });
    (kids || []).forEach((c) => c && e.append(c));
    return e;
  }
  function icon(d) {
    const ns = 'http://www.w3.org/2000/svg';
    const s = document.createElementNS(ns, 'svg');
    s.setAttribute('viewBox', '0 0 24 24'); s.setAttribute('aria-hidden', 'true'); s.setAttribute('focusable', 'false');
    const p = document.createElementNS(ns, 'path'); p.setAttribute('d', d); s.append(p);
    return s;
  }
  const sr = (text) => el('span', { class: 'b12-sr', text });

  /* ---------- build UI ---------- */
  const css = el('link', { rel: 'stylesheet', href: new URL('widget.css', script.src).href });
  document.head.append(css);
  const launcher = el('button', { type: 'button', class: 'b12-launcher', 'aria-expanded': 'false',
    'aria-controls': 'b12-panel', onclick: () => toggle() },
  [icon('M4 4h16v12H7l-3 3z'), el('span', { text: T.open })]);
  const closeBtn = el('button', { type: 'button', class: 'b12-close', 'aria-label': T.close, onclick: () => toggle(false) },
    [icon('M6 6l12 12M18 6L6 18')]);
  // The emergency text may scroll inside the banner: keyboard users must be able to reach it.
  const emText = el('p', { class: 'b12-em-text', tabindex: '0' });
  const telLink = el('a', { class: 'b12-tel' });
  const banner = el('div', { class: 'b12-emergency', role: 'alert', hidden: true }, [
    el('p', { class: 'b12-em-title', text: T.emTitle }), emText,
    el('div', { class: 'b12-em-actions' }, [telLink,
      el('button', { type: 'button', class: 'b12-em-dismiss', 'aria-label': T.dismissLabel, text: T.dismiss,
        onclick: () => { state.emergency.dismissed = true; save(); render(); input.focus(); } })]),
  ]);
  const statusText = el('span');
  const retryBtn = el('button', { type: 'button', class: 'b12-retry', text: T.retry, hidden: true, onclick: () => retry() });
  const status = el('div', { class: 'b12-status', role: 'status' }, [statusText, retryBtn]);
  const list = el('ol', { class: 'b12-msgs' });
  const typing = el('div', { class: 'b12-typing', hidden: true }, [sr(T.typing),
    el('span', { 'aria-hidden': 'true' }), el('span', { 'aria-hidden': 'true' }), el('span', { 'aria-hidden': 'true' })]);
  const log = el('div', { class: 'b12-log', tabindex: '0', role: 'region', 'aria-label': 'Conversation' },
    [el('p', { class: 'b12-intro', text: T.intro }), list, typing]);
  const input = el('input', { id: 'b12-input', class: 'b12-input', type: 'text', autocomplete: 'off',
    maxlength: '1000', enterkeyhint: 'send', placeholder: T.placeholder });
  const form = el('form', { class: 'b12-form', onsubmit: (ev) => { ev.preventDefault(); send(input.value); } }, [
    el('label', { class: 'b12-sr', for: 'b12-input', text: T.input }), input,
    el('button', { type: 'submit', class: 'b12-send', text: T.send }),
  ]);
  const noteTel = el('a', { href: 'tel:' + cfg.emergency, text: cfg.emergency });
  const chatView = el('div', { class: 'b12-chat' }, [log, form,
    el('p', { class: 'b12-note' }, [document.createTextNode(T.note), noteTel, document.createTextNode('.')])]);
  const sumText = el('pre', { class: 'b12-sum-text', tabindex: '0', role: 'region', 'aria-label': T.sumTitle });
  const sumView = el('div', { class: 'b12-sumview', hidden: true }, [
    el('h3', { class: 'b12-sum-title', text: T.sumTitle }), sumText,
    el('div', { class: 'b12-sum-actions' }, [
      el('button', { type: 'button', text: T.download, onclick: () => download() }),
      el('button', { type: 'button', text: T.print, onclick: () => printSummary() }),
      el('button', { type: 'button', text: T.backChat, onclick: () => showSummary(false) }),
    ]),
  ]);
  const live = el('div', { class: 'b12-sr', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const panel = el('section', { id: 'b12-panel', class: 'b12-panel', role: 'dialog', 'aria-labelledby': 'b12-title',
    hidden: true }, [
    el('div', { class: 'b12-head' }, [el('h2', { id: 'b12-title', text: cfg.title }), closeBtn]),
    el('div', { class: 'b12-tools' }, [
      el('button', { type: 'button', class: 'b12-save', text: T.summary, onclick: () => showSummary(true) }),
      el('button', { type: 'button', class: 'b12-restart', text: T.restart, onclick: () => startOver() }),
    ]),
    banner, status, chatView, sumView, live,
  ]);
  const root = el('div', { id: 'b12-chat', class: 'b12', lang: cfg.lang }, [panel, launcher]);
  root.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape' || panel.hidden) return;
    ev.preventDefault();
    if (!sumView.hidden) showSummary(false); else toggle(false);
  });

  /* ---------- rendering ---------- */
  function splitSource(text) {
    const lines = String(text || '').replace(/\s+$/, '').split('\n');
    const last = lines[lines.length - 1];
    if (lines.length > 1 && /^\s*Source:/.test(last)) return [lines.slice(0, -1).join('\n').trim(), last.trim()];
    return [lines.join('\n'), null];
  }
  function renderItem(item, isLast) {
    const bot = item.who === 'bot';
    const li = el('li', { class: 'b12-msg b12-' + item.who + (item.kind ? ' b12-k-' + item.kind : '') });
    li.append(sr(bot ? T.bot : T.you));
    if (item.kind === 'advice' || item.kind === 'emergency') {
      li.append(el('p', { class: 'b12-label', text: item.kind === 'advice' ? T.advice : T.urgent }));
    }
    const [body, source] = bot ? splitSource(item.text) : [item.text, null];
    if (body) li.append(el('p', { class: 'b12-text', text: body }));
    if (source) li.append(el('p', { class: 'b12-source', text: source }));
    if (item.failed) li.append(el('p', { class: 'b12-failed', text: T.notSent }));
    if (bot && isLast && item.buttons && item.buttons.length) {
      li.append(el('div', { class: 'b12-replies', role: 'group', 'aria-label': T.replies },
        item.buttons.map((b) => el('button', { type: 'button', class: 'b12-reply', text: b.title,
          onclick: () => { send(b.payload, b.title); input.focus(); } }))));
    }
    return li;
  }
  function render() {
    list.replaceChildren(...state.items.map((it, i) => renderItem(it, i === state.items.length - 1)));
    const em = state.emergency;
    banner.hidden = !em || em.dismissed;
    if (em) {
      emText.textContent = em.text || '';
      telLink.href = 'tel:' + em.number.replace(/[^0-9+*#]/g, '');
      telLink.textContent = T.call + ' ' + em.number;
    }
    log.scrollTop = log.scrollHeight;
  }
  function announce(text) {
    live.textContent = '';
    setTimeout(() => { live.textContent = text; }, 50);
  }
  function setStatus(text, canRetry) {
    statusText.textContent = text || '';
    retryBtn.hidden = !canRetry;
    status.classList.toggle('b12-status-on', !!text);
  }

  /* ---------- open / close ---------- */
  function toggle(open, focus) {
    open = open === undefined ? panel.hidden : open;
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    root.classList.toggle('b12-open', open);
    state.open = open; save();
    if (open) { render(); if (focus !== false) input.focus(); } else if (focus !== false) launcher.focus();
  }

  /* ---------- talking to Rasa (REST channel) ---------- */
  async function post(sender, message) {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), cfg.timeout);
    try {
      const res = await fetch(cfg.server + '/webhooks/rest/webhook', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, signal: ctl.signal,
        body: JSON.stringify({ sender, message }), credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer',
      });
      if (!res.ok) throw new Error('HTTP ' + res.status);
      const data = await res.json();
      return Array.isArray(data) ? data : [];
    } finally { clearTimeout(timer); }
  }
  function addBotMessages(msgs) {
    const added = [];
    let group = []; // text items of this response since the last custom payload
    msgs.forEach((m) => {
      if (!m || typeof m !== 'object') return;
      const buttons = Array.isArray(m.buttons)
        ? m.buttons.filter((b) => b && b.payload).map((b) => ({ title: String(b.title || b.payload), payload: String(b.payload) }))
        : [];
      if (typeof m.text === 'string' && m.text.trim()) {
        const item = { who: 'bot', text: m.text, buttons };
        added.push(item); group.push(item);
      } else if (buttons.length && added.length) {
        added[added.length - 1].buttons = buttons;
      }
      const c = m.custom;
      if (c && typeof c === 'object') {
        // 'unavailable': the check could not run, so the general safe advice was given
        if (c.triage === 'provider' || c.triage === 'unavailable') group.forEach((it) => { it.kind = 'advice'; });
        if (c.triage === 'emergency') {
          group.forEach((it) => { it.kind = 'emergency'; });
          state.emergency = { number: String(c.emergency_number || cfg.emergency), dismissed: false,
            text: group.length ? splitSource(group[0].text)[0] : '' };
        }
        group = [];
      }
    });
    state.items.push(...added);
    if (added.length) announce(added.map((it) => T.bot + ' ' + splitSource(it.text)[0]).join(' '));
    if (state.emergency && !state.emergency.dismissed && added.some((it) => it.kind === 'emergency')) {
      announce(T.emTitle + '. ' + T.call + ' ' + state.emergency.number + '. ' + state.emergency.text);
    }
  }

  let busy = false;
  let pending = null; // {payload, item, timeout}
  function send(text, display) {
    text = String(text || '').trim();
    if (!text || busy) return;
    if (!state.sender) state.sender = newId();
    const item = { who: 'user', text: display || text };
    state.items.push(item);
    input.value = '';
    deliver(text, item);
  }
  async function deliver(payload, item) {
    busy = true; pending = null;
    delete item.failed;
    typing.hidden = false; setStatus('');
    save(); render();
    try {
      addBotMessages(await post(state.sender, payload));
    } catch (err) {
      const timeout = !!(err && err.name === 'AbortError');
      item.failed = true;
      pending = { payload, item, timeout };
      setStatus(timeout ? T.slow : T.offline, true);
      announce(timeout ? T.slow : T.offline);
      startProbe();
    } finally {
      busy = false; typing.hidden = true;
      save(); render();
    }
  }
  function retry() {
    if (!pending || busy) return;
    deliver(pending.payload, pending.item);
    input.focus();
  }

  /* ---------- reconnecting: poll the REST channel's health route ---------- */
  let probeTimer = null;
  let probeDelay = 1000;
  function startProbe() {
    if (probeTimer) return;
    probeDelay = 1000;
    probeTimer = setTimeout(probe, probeDelay);
  }
  async function probe() {
    let ok = false;
    try {
      const ctl = new AbortController();
      const t = setTimeout(() => ctl.abort(), 5000);
      const res = await fetch(cfg.server + '/webhooks/rest/', { signal: ctl.signal, credentials: 'omit', cache: 'no-store' });
      clearTimeout(t);
      ok = res.ok;
    } catch (e) { ok = false; }
    probeTimer = null;
    if (!pending) return setStatus('');
    if (ok && !pending.timeout) { setStatus(T.back); retry(); } else if (ok) setStatus(T.back + ' ' + T.slow, true);
    else { probeDelay = Math.min(probeDelay * 2, 8000); probeTimer = setTimeout(probe, probeDelay); }
  }
  window.addEventListener('online', () => { if (pending) { clearTimeout(probeTimer); probeTimer = null; probe(); } });

  /* ---------- start over / summary ---------- */
  function startOver() {
    const old = state.sender;
    pending = null; clearTimeout(probeTimer); probeTimer = null;
    state = fresh(); state.open = true;
    save(); setStatus(''); showSummary(false); render();
    if (old) erase(old);
    announce(T.cleared);
    input.focus();
  }
  // Deletes the old conversation from the server's tracker store, not just this page.
  async function erase(sender) {
    try {
      const res = await fetch(cfg.server + '/webhooks/rest/erase', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ sender }),
        credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer',
      });
      if (!res.ok) throw new Error('HTTP ' + res.status);
    } catch (e) { setStatus(T.eraseFailed); }
  }
  function summaryText() {
    const bullets = (arr) => (arr.length ? arr.map((s) => '- ' + s.replace(/\n/g, '\n  ')).join('\n') : T.none);
    const users = state.items.filter((it) => it.who === 'user').map((it) => it.text);
    const advice = state.items.filter((it) => it.kind).map((it) =>
      '[' + (it.kind === 'emergency' ? T.urgent : T.advice) + '] ' + it.text);
    const full = state.items.map((it) => (it.who === 'user' ? 'You: ' : 'Assistant: ') + it.text);
    return [cfg.title + ' - conversation summary', 'Saved: ' + new Date().toLocaleString(cfg.lang), T.disclaimer, '',
      T.reported, bullets(users), '', T.given, bullets(advice), '', T.full, full.join('\n\n') || T.none, ''].join('\n');
  }
  function showSummary(on) {
    sumView.hidden = !on; chatView.hidden = on;
    if (on) { sumText.textContent = summaryText(); sumText.focus(); } else if (!panel.hidden) input.focus();
  }
  function download() {
    const url = URL.createObjectURL(new Blob([summaryText()], { type: 'text/plain;charset=utf-8' }));
    const a = el('a', { href: url, download: 'b12-chat-summary-' + new Date().toISOString().slice(0, 10) + '.txt' });
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }
  function printSummary() {
    document.documentElement.classList.add('b12-printing');
    window.addEventListener('afterprint', () => document.documentElement.classList.remove('b12-printing'), { once: true });
    window.print();
  }

  /* ---------- boot ---------- */
  function mount() {
    document.body.append(root);
    render();
    if (state.open) toggle(true, false);
  }
  // Tabs of one site share the conversation (same sender id): follow the other tab's changes.
  window.addEventListener('storage', (e) => {
    if (e.key !== KEY) return;
    const open = !panel.hidden;
    try { state = Object.assign(fresh(), JSON.parse(e.newValue) || {}); } catch (err) { state = fresh(); }
    state.open = open;
    render();
  });
  window.B12Chat = { open: () => toggle(true), close: () => toggle(false), reset: startOver };
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);
})();
