// The try-it page with JavaScript: answers in place through /api/ask and keeps this session's questions.
// Without it the page still works: every form and link asks through GET ?q= and the server renders the reply.
(function () {
  'use strict';

  var HISTORY_KEY = 'partnership-bot-try-history';
  var HISTORY_SIZE = 8;
  var form = document.getElementById('ask');
  var input = document.getElementById('q');
  var reply = document.getElementById('reply');
  var why = document.getElementById('why');
  var error = document.getElementById('error');
  var history = document.getElementById('history');
  if (!form || !input || !reply || !why) {
    return;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function score(value) {
    return Number(value).toFixed(2);
  }

  function ask(question, focusReply) {
    question = question.trim();
    if (!question) { return; }
    input.value = question;
    error.hidden = true;
    reply.setAttribute('aria-busy', 'true');
    fetch('/api/ask?q=' + encodeURIComponent(question), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) { throw new Error(body.error || ('the bot answered ' + response.status)); }
          return body;
        });
      })
      .then(function (result) {
        render(result);
        remember(question);
        window.history.replaceState(null, '', '?q=' + encodeURIComponent(question));
        if (focusReply) {
          var title = document.getElementById('reply-title');
          (title || input).focus();
        }
      })
      .catch(function (problem) {
        error.textContent = 'Could not ask: ' + problem.message;
        error.hidden = false;
      })
      .finally(function () { reply.removeAttribute('aria-busy'); });
  }

  function render(result) {
    reply.replaceChildren(message(result));
    var open = why.open;
    why.replaceChildren(el('summary', null, 'Why it matched'), explanation(result));
    why.open = open;
    why.hidden = false;
  }

  function message(result) {
    var article = el('article', 'message outcome-' + result.outcome.toLowerCase().replace('_', '-'));
    article.dataset.outcome = result.outcome;
    var avatar = el('div', 'avatar', 'PB');
    avatar.setAttribute('aria-hidden', 'true');
    var bubble = el('div', 'bubble');
    var meta = el('p', 'meta');
    meta.append(el('span', 'name', 'Partnership Bot'), ' ', el('span', 'app', 'App'));
    var asked = el('p', 'asked', 'You asked: ');
    asked.append(el('q', null, result.question));
    bubble.append(meta, asked);
    if (result.title) {
      var title = el('h2', 'title', result.title);
      title.id = 'reply-title';
      title.tabIndex = -1;
      bubble.append(title);
    }
    var text = el('div', 'text');
    text.innerHTML = result.html; // made safe by the server: every character of authored or typed text is escaped
    bubble.append(text);
    if (result.source) {
      bubble.append(el('p', 'source', 'Source: ' + result.source.citation + ' · Reviewed ' + result.source.reviewed));
    }
    if (result.related.length) {
      var related = el('p', 'related', 'Related: ');
      result.related.forEach(function (topic, i) {
        if (i > 0) { related.append(' · '); }
        var link = el('a', null, topic.title);
        link.href = '?q=' + encodeURIComponent(topic.id);
        link.dataset.ask = topic.id;
        related.append(link);
      });
      bubble.append(related);
    }
    if (result.choices.length) {
      var choices = el('form', 'choices');
      choices.method = 'get';
      result.choices.forEach(function (topic) {
        var button = el('button', null, topic.title);
        button.type = 'submit';
        button.name = 'q';
        button.value = topic.id;
        choices.append(button);
      });
      bubble.append(choices);
    }
    article.append(avatar, bubble);
    return article;
  }

  function explanation(result) {
    var body = el('div', 'why-body');
    var decision = el('p', 'decision');
    decision.append(el('span', 'badge', result.outcome), ' ' + result.decision.reason);
    body.append(decision);
    if (!result.candidates.length) {
      body.append(el('p', 'none', 'No candidates: the question shares no wording or meaning with any topic.'));
    } else {
      body.append(candidates(result.candidates));
    }
    body.append(el('h3', null, 'Thresholds in force'), thresholds(result.decision));
    var hint = el('p', 'hint', 'To fix a wrong match, add the question as an alternate under ');
    hint.append(el('code', null, 'questions:'), ' of the answer it should reach.');
    body.append(hint);
    return body;
  }

  function candidates(list) {
    var wrap = el('div', 'table-wrap');
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', 'Top candidates');
    var table = el('table', 'candidates');
    table.append(el('caption', null, 'Top candidates'));
    var head = el('tr');
    ['Topic', 'Score', 'Lexical', 'Meaning', 'Closest curated question'].forEach(function (name) {
      var th = el('th', null, name);
      th.scope = 'col';
      head.append(th);
    });
    var thead = el('thead');
    thead.append(head);
    var tbody = el('tbody');
    list.forEach(function (c) {
      var row = el('tr');
      var topic = el('th', null, c.title + ' ');
      topic.scope = 'row';
      topic.append(el('code', null, c.id));
      var fused = el('td', 'num');
      var meter = el('meter');
      meter.min = 0;
      meter.max = 1;
      meter.value = c.score;
      fused.append(meter, ' ' + score(c.score));
      row.append(topic, fused, el('td', 'num', score(c.lexical)),
        el('td', 'num', c.meaning === null ? '–' : score(c.meaning)),
        el('td', null, c.closestQuestion === null ? '–' : c.closestQuestion));
      tbody.append(row);
    });
    table.append(thead, tbody);
    wrap.append(table);
    return wrap;
  }

  function thresholds(decision) {
    var list = el('ul', 'thresholds');
    var t = decision.thresholds;
    [['answer_threshold', t.answerThreshold], ['clarify_margin', t.clarifyMargin],
      ['clarify_threshold', t.clarifyThreshold], ['suggest_threshold', t.suggestThreshold]].forEach(function (pair) {
      var item = el('li', pair[0] === decision.by ? 'decided' : null);
      item.append(el('code', null, pair[0]), ' ' + score(pair[1]));
      if (pair[0] === decision.by) { item.append(' ', el('strong', null, 'decided')); }
      list.append(item);
    });
    return list;
  }

  function remembered() {
    try {
      return JSON.parse(sessionStorage.getItem(HISTORY_KEY) || '[]').filter(function (q) { return typeof q === 'string'; });
    } catch (e) {
      return [];
    }
  }

  function remember(question) {
    var questions = remembered().filter(function (q) { return q !== question; });
    questions.unshift(question);
    try {
      sessionStorage.setItem(HISTORY_KEY, JSON.stringify(questions.slice(0, HISTORY_SIZE)));
    } catch (e) {
      // storage may be off; the list then lasts until the page is left
    }
    showHistory(questions.slice(0, HISTORY_SIZE));
  }

  function showHistory(questions) {
    if (!history) { return; }
    var list = history.querySelector('ol');
    list.replaceChildren.apply(list, questions.map(function (q) {
      var item = el('li');
      var button = el('button', null, q);
      button.type = 'button';
      button.dataset.ask = q;
      button.title = q;
      item.append(button);
      return item;
    }));
    history.hidden = questions.length === 0;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    ask(input.value, false);
  });

  document.addEventListener('click', function (event) {
    var target = event.target.closest('[data-ask]');
    if (target && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      ask(target.dataset.ask, true);
    }
  });

  reply.addEventListener('submit', function (event) {
    var button = event.submitter;
    if (button && button.name === 'q') {
      event.preventDefault();
      ask(button.value, true);
    }
  });

  showHistory(remembered());
  var shown = new URLSearchParams(window.location.search).get('q');
  if (shown && reply.querySelector('.message')) {
    remember(shown.trim());
  }
}());
