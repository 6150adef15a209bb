// Keeps the session player working offline once it has been opened: the player pages (network first, the last copy when offline)
// and their script, styles and icons (from the cache, refreshed in the background). Registered by player.js for /plan/sessions/.
'use strict';
var CACHE = 'harrier-player-v1';
var ASSETS = ['/player.js', '/app.css', '/manifest.webmanifest', '/icons/harrier.svg', '/icons/harrier-192.png'];
var PLAYER = /^\/plan\/sessions\/\d{4}-\d{2}-\d{2}\/play$/;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(ASSETS); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) { return; }
  if (PLAYER.test(url.pathname)) {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok && !response.redirected) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    }, function () {
      return caches.match(request).then(function (cached) {
        return cached || new Response('<!DOCTYPE html><title>Offline</title><p>You are offline, and this session was not opened here before.</p>',
          { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
      });
    }));
    return;
  }
  if (ASSETS.indexOf(url.pathname) >= 0) {
    event.respondWith(caches.open(CACHE).then(function (cache) {
      return cache.match(request).then(function (cached) {
        var fresh = fetch(request).then(function (response) {
          if (response.ok) { cache.put(request, response.clone()); }
          return response;
        }, function () { return cached; });
        return cached || fresh;
      });
    }));
  }
});
