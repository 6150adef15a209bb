// Harrier's session player: counts each step of today's session, says "run", "walk", "halfway" and "finished" aloud with a chime,
// keeps the screen awake, and records the session (done, or cut short with the time done) at the end. Offline, the answer waits in
// localStorage and is sent when the phone is back online. Time comes from performance.now(), so a test's fake clock drives it.
(function () {
  'use strict';
  var QUEUE = 'harrier-player-queue';
  var root = document.getElementById('player');

  function queue() { try { return JSON.parse(localStorage.getItem(QUEUE) || '[]'); } catch (e) { return []; } }
  function save(items) { try { localStorage.setItem(QUEUE, JSON.stringify(items)); } catch (e) { /* private mode: nothing kept */ } }

  // Sends one answer: 'sent', 'refused' (the server said no: kept no longer) or 'waiting' (no network or a server error: try again later).
  function send(item) {
    return fetch(item.url, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(item.body)
    }).then(function (r) {
      if (r.ok) { return 'sent'; }
      if (r.status >= 500) { return 'waiting'; }
      if (r.status !== 400) { return 'refused'; }
      // A 400 says why in plain words (a problem's errors or detail): keep it for the runner.
      return r.json().then(function (p) {
        var errors = p && p.errors ? Object.keys(p.errors).map(function (k) { return p.errors[k].join(' '); }) : [];
        item.problem = errors.length > 0 ? errors.join(' ') : (p && p.detail) || null;
        return 'refused';
      }, function () { return 'refused'; });
    }, function () { return 'waiting'; });
  }

  function flush() {
    var items = queue();
    if (items.length === 0) { return Promise.resolve(0); }
    return Promise.all(items.map(send)).then(function (outcomes) {
      save(items.filter(function (_, i) { return outcomes[i] === 'waiting'; }));
      return outcomes.filter(function (o) { return o === 'sent'; }).length;
    });
  }

  window.addEventListener('online', flush);
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/player-sw.js', { scope: '/plan/sessions/' }).catch(function () { /* plain page still works */ });
  }
  flush();
  if (!root) { return; }

  var steps = Array.prototype.map.call(document.querySelectorAll('#player-steps li'), function (li) {
    return { kind: li.getAttribute('data-kind'), seconds: Number(li.getAttribute('data-seconds')), label: li.textContent.trim() };
  });
  var total = steps.reduce(function (sum, s) { return sum + s.seconds; }, 0);
  var el = function (id) { return document.getElementById(id); };
  var ui = { step: el('player-step'), clock: el('player-clock'), next: el('player-next'), bar: el('player-bar'),
    start: el('player-start'), pause: el('player-pause'), stop: el('player-stop'), result: el('player-result') };
  var state = { startedAt: null, pausedAt: null, paused: 0, index: -1, halfway: false, over: false, timer: null, lock: null, audio: null };

  function now() { return performance.now(); }
  function elapsed() {
    if (state.startedAt === null) { return 0; }
    var end = state.pausedAt === null ? now() : state.pausedAt;
    return Math.max(0, (end - state.startedAt - state.paused) / 1000);
  }
  function clock(seconds) {
    var s = Math.max(0, Math.ceil(seconds)), m = Math.floor(s / 60), r = s % 60;
    return m + ':' + (r < 10 ? '0' : '') + r;
  }
  function spoken(seconds) {
    var m = Math.floor(seconds / 60), s = seconds % 60, parts = [];
    if (m) { parts.push(m + (m === 1 ? ' minute' : ' minutes')); }
    if (s) { parts.push(s + ' seconds'); }
    return parts.join(' ');
  }
  function words(step) {
    var what = step.kind === 'run' ? 'Run' : 'Walk';
    var note = step.kind === 'warm-up' ? ', warm-up' : step.kind === 'cool-down' ? ', cool-down' : '';
    return what + note + ', ' + spoken(step.seconds);
  }

  function chime() {
    try {
      var ctx = state.audio;
      if (!ctx) { return; }
      var osc = ctx.createOscillator(), gain = ctx.createGain(), t = ctx.currentTime;
      osc.frequency.value = 880;
      gain.gain.setValueAtTime(0.3, t);
      gain.gain.exponentialRampToValueAtTime(0.001, t + 0.4);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t);
      osc.stop(t + 0.4);
    } catch (e) { /* no sound on this device */ }
  }
  function say(text) {
    chime();
    ui.step.textContent = text;
    try {
      if (window.speechSynthesis && window.SpeechSynthesisUtterance) {
        window.speechSynthesis.speak(new window.SpeechSynthesisUtterance(text));
      }
    } catch (e) { /* no voice on this device */ }
  }

  function wake() {
    if (!('wakeLock' in navigator) || state.lock || state.over) { return; }
    navigator.wakeLock.request('screen').then(function (lock) {
      state.lock = lock;
      lock.addEventListener('release', function () { state.lock = null; });
    }, function () { /* denied: the screen may sleep */ });
  }
  function sleep() { if (state.lock) { state.lock.release(); state.lock = null; } }
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && state.startedAt !== null && state.pausedAt === null) { wake(); }
  });

  function stepAt(t) {
    var start = 0;
    for (var i = 0; i < steps.length; i++) {
      if (t < start + steps[i].seconds) { return { index: i, left: start + steps[i].seconds - t }; }
      start += steps[i].seconds;
    }
    return { index: steps.length, left: 0 };
  }

  function tick() {
    if (state.over) { return; }
    var t = elapsed(), at = stepAt(t);
    if (at.index !== state.index && at.index < steps.length) {
      state.index = at.index;
      say(words(steps[at.index]));
      ui.next.textContent = at.index + 1 < steps.length ? 'Next: ' + steps[at.index + 1].label : 'Next: finished';
    }
    if (!state.halfway && t >= total / 2) { state.halfway = true; say('Halfway'); }
    ui.clock.textContent = clock(at.left);
    ui.bar.style.width = Math.min(100, (100 * t) / total) + '%';
    if (t >= total) { finish('done', total); }
  }

  function record(result, seconds) {
    var item = { url: root.getAttribute('data-outcome-url'),
      body: { date: root.getAttribute('data-date'), result: result, secondsDone: Math.floor(seconds) } };
    var what = result === 'done' ? 'done' : 'cut short after ' + clock(Math.floor(seconds));
    ui.result.textContent = 'Recording the session as ' + what + '…';
    send(item).then(function (outcome) {
      if (outcome === 'sent') {
        ui.result.textContent = 'Recorded: ' + what + '.';
      } else if (outcome === 'refused') {
        ui.result.textContent = item.problem ? 'Not recorded: ' + item.problem
          : 'Harrier could not record it (are you still signed in?). Mark the session on Today.';
      } else {
        save(queue().concat([item]));
        ui.result.textContent = 'Saved on this phone: ' + what + '. It will be sent when you are back online.';
      }
    });
  }

  function finish(result, seconds) {
    state.over = true;
    clearInterval(state.timer);
    sleep();
    ui.pause.hidden = true;
    ui.stop.hidden = true;
    if (result === 'done') { ui.clock.textContent = '0:00'; ui.bar.style.width = '100%'; say('Finished. Well done.'); }
    else { say('Stopped'); }
    record(result, seconds);
  }

  ui.start.addEventListener('click', function () {
    try { var Ctx = window.AudioContext || window.webkitAudioContext; if (Ctx) { state.audio = new Ctx(); } } catch (e) { state.audio = null; }
    state.startedAt = now();
    ui.start.hidden = true;
    ui.pause.hidden = false;
    ui.stop.hidden = false;
    wake();
    tick();
    state.timer = setInterval(tick, 250);
  });
  ui.pause.addEventListener('click', function () {
    if (state.pausedAt === null) {
      state.pausedAt = now();
      ui.pause.textContent = 'Carry on';
      ui.step.textContent = 'Paused';
      sleep();
    } else {
      state.paused += now() - state.pausedAt;
      state.pausedAt = null;
      ui.pause.textContent = 'Pause';
      if (state.index >= 0) { ui.step.textContent = words(steps[state.index]); }
      wake();
    }
  });
  ui.stop.addEventListener('click', function () { if (!state.over) { finish('cut-short', elapsed()); } });
})();
