/*
 * ChatDesk chat button for any company web page. Embed with one tag:
 *
 *   <script src="https://chatdesk.example/widget.js" data-channel="support" defer></script>
 *
 * Optional: data-customer-name, data-customer-email, data-customer-phone, data-company-name (a literal value, or
 * cookie:NAME, url:PARAM or variable:path.to.value) pre-fill the chat form; data-poll-seconds (default 15).
 *
 * Plain ES2017 in one IIFE with no dependencies: it runs on pages we do not control, so it adds one <style> and one
 * fixed container, names everything cd-widget-*, and touches nothing else on the page.
 */
(function () {
    'use strict';

    var script = findOwnScript();
    if (!script || script.getAttribute('data-cd-widget') === 'started') return;
    script.setAttribute('data-cd-widget', 'started');

    var channel = (script.getAttribute('data-channel') || '').trim();
    var origin = new URL(script.src, document.baseURI).origin;
    var pollSeconds = clamp(parseInt(script.getAttribute('data-poll-seconds') || '', 10), 1, 3600, 15);

    // ASCII escapes: a host page in another encoding (windows-1252) decodes this file with its own charset.
    var TEXT = {
        en: { open: 'open', closed: 'closed', openShown: 'Open', closedShown: 'Closed', dash: ' \u2014 ' },
        sv: { open: '\u00f6ppet', closed: 'st\u00e4ngt', openShown: '\u00d6ppet', closedShown: 'St\u00e4ngt', dash: ' \u2013 ' }
    };
    // Before the channel is known, the host page's own language is the best guess.
    var UNAVAILABLE = { en: 'Chat unavailable', sv: 'Chatten \u00e4r inte tillg\u00e4nglig' };
    var MAX_VALUE = 500;

    var widget = null;   // { aside, button, label, status } once drawn
    var channelInfo = null;
    var timer = 0;
    var quietUntil = 0;  // after a 429, no request before this time (also not on a visibility change)
    var latest = 0;      // a poll and a visibility check can overlap; only the newest answer is drawn
    var warnedFailure = false;

    if (!channel) {
        console.warn('ChatDesk widget: the script tag has no data-channel attribute.');
        return;
    }
    // The script may sit in <head> without defer; the button needs a <body> to live in.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();

    function start() {
        refresh();
        document.addEventListener('visibilitychange', function () {
            if (!document.hidden) refresh();
        });
    }

    function findOwnScript() {
        if (document.currentScript && document.currentScript.src) return document.currentScript;
        // currentScript is null when a loader injected us; then the newest matching tag is ours.
        var scripts = document.querySelectorAll('script[src][data-channel]');
        for (var i = scripts.length - 1; i >= 0; i--) {
            var path = '';
            try { path = new URL(scripts[i].src, document.baseURI).pathname; } catch (e) { continue; }
            if (/(^|\/)widget\.js$/.test(path) && scripts[i].getAttribute('data-cd-widget') !== 'started') return scripts[i];
        }
        return null;
    }

    function clamp(value, min, max, fallback) {
        if (!isFinite(value)) return fallback;
        return Math.min(max, Math.max(min, value));
    }

    // The next poll is armed only after an answer, so a slow server never piles requests up; a hidden tab skips
    // polls and catches up when it is shown again.
    function refresh() {
        clearTimeout(timer);
        if (document.hidden && channelInfo) { schedule(); return; }
        if (Date.now() < quietUntil) { schedule(); return; }
        var request = ++latest;
        fetch(origin + '/api/widget/' + encodeURIComponent(channel), { cache: 'no-store', credentials: 'omit' })
            .then(function (response) {
                if (response.status === 404) return { unknown: true };
                // Too many requests from this address: wait as long as the server asks before the next poll.
                if (response.status === 429) backOff(parseInt(response.headers.get('Retry-After') || '', 10));
                if (!response.ok) throw new Error('HTTP ' + response.status);
                return response.json();
            })
            .then(function (data) {
                if (request !== latest) return;
                if (data.unknown) { channelInfo = null; drawUnavailable(); return; }
                channelInfo = data;
                draw(data);
                schedule();
            })
            .catch(function (error) {
                if (request !== latest) return;
                // A network hiccup keeps the last known state; the next poll tries again.
                if (!warnedFailure) console.warn('ChatDesk widget: could not reach ' + origin + ' (' + error.message + ').');
                warnedFailure = true;
                schedule();
            });
    }

    function schedule() {
        clearTimeout(timer);
        timer = setTimeout(refresh, Math.max(pollSeconds * 1000, quietUntil - Date.now()));
    }

    function backOff(seconds) {
        quietUntil = Date.now() + clamp(seconds, 1, 3600, 60) * 1000;
    }

    function languageOf(code) {
        return /^sv\b/i.test(code || '') ? 'sv' : 'en';
    }

    function draw(data) {
        var language = languageOf(data.language);
        var text = TEXT[language];
        var open = data.open === true;
        var badge = data.badgeText || data.name || 'Chat';
        var colors = buttonColors(data.color);
        if (!widget) widget = create();
        var button = widget.button;
        button.disabled = false;
        widget.aside.lang = language;
        button.setAttribute('data-state', open ? 'open' : 'closed');
        button.setAttribute('aria-label', badge + text.dash + (open ? text.open : text.closed));
        button.style.backgroundColor = colors.background;
        button.style.color = colors.text;
        widget.aside.setAttribute('aria-label', badge);
        widget.label.textContent = badge;
        widget.status.textContent = open ? text.openShown : text.closedShown;
    }

    function drawUnavailable() {
        console.warn('ChatDesk widget: there is no chat channel "' + channel + '" at ' + origin + '.');
        var language = languageOf(document.documentElement.lang);
        if (!widget) widget = create();
        var button = widget.button;
        button.disabled = true;
        widget.aside.lang = language;
        button.setAttribute('data-state', 'unavailable');
        button.setAttribute('aria-label', UNAVAILABLE[language]);
        button.style.backgroundColor = '#57606a';
        button.style.color = '#ffffff';
        widget.aside.setAttribute('aria-label', UNAVAILABLE[language]);
        widget.label.textContent = UNAVAILABLE[language];
        widget.status.textContent = '';
    }

    function create() {
        injectStyles();
        var host = document.querySelector('.cd-widget-host');
        if (!host) {
            host = document.createElement('div');
            host.className = 'cd-widget-host';
            document.body.appendChild(host);
        }
        // A labelled landmark, so screen-reader users can jump to the chat from anywhere on the page.
        var aside = element('aside', 'cd-widget');
        var button = element('button', 'cd-widget-button');
        button.type = 'button';
        button.setAttribute('data-channel', channel);
        var icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        icon.setAttribute('class', 'cd-widget-icon');
        icon.setAttribute('viewBox', '0 0 24 24');
        icon.setAttribute('aria-hidden', 'true');
        icon.setAttribute('focusable', 'false');
        var path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        path.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z');
        path.setAttribute('fill', 'currentColor');
        icon.appendChild(path);
        var label = element('span', 'cd-widget-label');
        // The state is in the button's accessible name already; this is the sighted version of it.
        var statusBox = element('span', 'cd-widget-status');
        statusBox.setAttribute('aria-hidden', 'true');
        var dot = element('span', 'cd-widget-dot');
        var status = element('span', 'cd-widget-status-text');
        statusBox.appendChild(dot);
        statusBox.appendChild(status);
        button.appendChild(icon);
        button.appendChild(label);
        // A real space, so the visible text reads "Chat with us Open", a match for the accessible name.
        button.appendChild(document.createTextNode(' '));
        button.appendChild(statusBox);
        button.addEventListener('click', openChat);
        aside.appendChild(button);
        host.appendChild(aside);
        return { aside: aside, button: button, label: label, status: status };
    }

    function element(tag, className) {
        var node = document.createElement(tag);
        node.className = className;
        return node;
    }

    function openChat() {
        if (!channelInfo) return;
        var url = chatUrl();
        var popup = null;
        try { popup = window.open(url, 'chatdesk-' + channel, 'width=420,height=640'); } catch (e) { popup = null; }
        if (popup) {
            try { popup.focus(); } catch (e) { /* some browsers refuse; the window is open either way */ }
            return;
        }
        // Pop-up blocked: a new tab from a real link click is allowed where window.open is not.
        try {
            var link = document.createElement('a');
            link.href = url;
            link.target = '_blank';
            link.rel = 'noopener';
            link.style.display = 'none';
            document.body.appendChild(link);
            link.click();
            link.remove();
        } catch (e) {
            window.location.href = url;
        }
    }

    function chatUrl() {
        var base = new URL(channelInfo.chatUrl || '/chat/' + encodeURIComponent(channel), origin).href;
        var query = [];
        add(query, 'name', prefill('data-customer-name'));
        add(query, 'email', prefill('data-customer-email'));
        add(query, 'phone', prefill('data-customer-phone'));
        add(query, 'company', prefill('data-company-name'));
        add(query, 'source', String(window.location.href).slice(0, 2000));
        return base + (query.length ? '?' + query.join('&') : '');
    }

    function add(query, key, value) {
        if (value) query.push(key + '=' + encodeURIComponent(value));
    }

    // Read at click time, so a value the page sets after loading (a signed-in user) is still picked up.
    function prefill(attribute) {
        var spec = script.getAttribute(attribute);
        if (!spec) return '';
        var value;
        try {
            if (spec.indexOf('cookie:') === 0) value = readCookie(spec.slice(7));
            else if (spec.indexOf('url:') === 0) value = new URLSearchParams(window.location.search).get(spec.slice(4));
            else if (spec.indexOf('variable:') === 0) value = readVariable(spec.slice(9));
            else value = spec;
        } catch (e) {
            value = '';
        }
        if (typeof value === 'number' && isFinite(value)) value = String(value);
        if (typeof value !== 'string') return '';
        return value.trim().slice(0, MAX_VALUE);
    }

    function readCookie(name) {
        var cookies = document.cookie ? document.cookie.split(';') : [];
        for (var i = 0; i < cookies.length; i++) {
            var separator = cookies[i].indexOf('=');
            if (separator < 0) continue;
            if (cookies[i].slice(0, separator).trim() !== name) continue;
            var raw = cookies[i].slice(separator + 1).trim();
            try { return decodeURIComponent(raw); } catch (e) { return raw; }
        }
        return '';
    }

    // Walks own data properties only: never calls a getter on a prototype or reaches into __proto__/constructor.
    function readVariable(path) {
        var parts = path.split('.');
        var current = window;
        for (var i = 0; i < parts.length; i++) {
            var key = parts[i].trim();
            if (!key || key === '__proto__' || key === 'prototype' || key === 'constructor') return '';
            if (current === null || (typeof current !== 'object' && typeof current !== 'function')) return '';
            var descriptor = Object.getOwnPropertyDescriptor(current, key);
            if (!descriptor || !('value' in descriptor)) return '';
            current = descriptor.value;
        }
        return current;
    }

    // Black or white text, whichever contrasts more: one of them always reaches at least 4.58:1 (WCAG AA is 4.5:1).
    function buttonColors(color) {
        var rgb = parseHex(color) || parseHex('#1565c0');
        var luminance = relativeLuminance(rgb);
        var withWhite = 1.05 / (luminance + 0.05);
        var withBlack = (luminance + 0.05) / 0.05;
        return {
            background: 'rgb(' + rgb.join(', ') + ')',
            text: withWhite >= withBlack ? '#ffffff' : '#000000'
        };
    }

    function parseHex(color) {
        var match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(color || '').trim());
        if (!match) return null;
        var hex = match[1];
        if (hex.length === 3) hex = hex[0] + hex[0] + hex[1] + hex[1] + hex[2] + hex[2];
        return [0, 2, 4].map(function (i) { return parseInt(hex.slice(i, i + 2), 16); });
    }

    function relativeLuminance(rgb) {
        var channels = rgb.map(function (value) {
            var c = value / 255;
            return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        });
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    function injectStyles() {
        if (document.getElementById('cd-widget-style')) return;
        var style = document.createElement('style');
        style.id = 'cd-widget-style';
        style.textContent = [
            // "all: revert" first, so the host page's own rules for aside, button or span cannot restyle the widget;
            // the rules after it are at least as specific, so they win. Not on the svg: "revert" would also drop its
            // presentation attributes (the path's d and fill).
            '.cd-widget-host, .cd-widget-host .cd-widget, .cd-widget-host .cd-widget-button, .cd-widget-host .cd-widget-button span { all: revert; box-sizing: border-box; }',
            '.cd-widget-host { position: fixed; right: max(20px, env(safe-area-inset-right)); bottom: max(20px, env(safe-area-inset-bottom)); z-index: 2147483000; display: flex; flex-direction: column; align-items: flex-end; gap: 10px; margin: 0; padding: 0; }',
            '.cd-widget-host .cd-widget { display: block; margin: 0; padding: 0; }',
            '.cd-widget-host .cd-widget-button { display: inline-flex; align-items: center; gap: 8px; min-height: 48px; margin: 0; padding: 10px 18px; border: 0; border-radius: 999px; cursor: pointer;' +
                ' font: 600 15px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; letter-spacing: normal; text-transform: none; text-align: left;' +
                ' box-shadow: 0 4px 14px rgba(0, 0, 0, .25); transition: transform .15s ease, box-shadow .15s ease; animation: cd-widget-appear .25s ease-out; }',
            '.cd-widget-host .cd-widget-button:hover:not(:disabled) { transform: translateY(-2px); box-shadow: 0 6px 18px rgba(0, 0, 0, .3); }',
            // Two rings, white inside and near-black outside: focus shows on a light or dark page and on any channel colour.
            '.cd-widget-host .cd-widget-button:focus { outline: none; }',
            '.cd-widget-host .cd-widget-button:focus-visible { outline: 3px solid #111111; outline-offset: 3px; box-shadow: 0 0 0 3px #ffffff, 0 4px 14px rgba(0, 0, 0, .25); }',
            '.cd-widget-host .cd-widget-button:disabled { cursor: not-allowed; box-shadow: none; }',
            '.cd-widget-host .cd-widget-button .cd-widget-icon { display: block; width: 22px; height: 22px; flex: none; margin: 0; fill: currentColor; }',
            '.cd-widget-host .cd-widget-button .cd-widget-label { display: inline; white-space: nowrap; }',
            '.cd-widget-host .cd-widget-button .cd-widget-status { display: inline-flex; align-items: center; gap: 6px; padding-left: 10px; border-left: 1px solid currentColor; font-size: 13px; font-weight: 400; white-space: nowrap; }',
            '.cd-widget-host .cd-widget-button:disabled .cd-widget-status { display: none; }',
            // Filled dot for open, hollow ring for closed: the state reads without relying on colour.
            '.cd-widget-host .cd-widget-button .cd-widget-dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; border: 2px solid currentColor; background: transparent; }',
            '.cd-widget-host .cd-widget-button[data-state="open"] .cd-widget-dot { background: currentColor; }',
            '.cd-widget-host .cd-widget-button .cd-widget-status-text { display: inline; }',
            '@keyframes cd-widget-appear { from { opacity: 0; transform: translateY(8px); } to { opacity: 1; transform: none; } }',
            '@media (prefers-reduced-motion: reduce) { .cd-widget-host .cd-widget-button { transition: none; animation: none; } .cd-widget-host .cd-widget-button:hover:not(:disabled) { transform: none; } }',
            '@media print { .cd-widget-host { display: none; } }'
        ].join('\n');
        (document.head || document.documentElement).appendChild(style);
    }
})();
