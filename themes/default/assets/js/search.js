// BlogGen site search. The index is split into shards (see docs/search.md): a query fetches the small
// manifest named by data-search-index once, then only the shards holding its words, then one small file
// per result shown. Text and query are read by the same rules as the build's
// src/BlogGen/Generators/Search/SearchTerms.cs: NFKC, lower case, words looked up by prefix (whole words
// when shorter than the manifest's "prefix"), Chinese, Japanese and Korean as pairs of neighbouring
// characters, because those languages write no spaces. Text from the index is only ever put into the page
// with textContent, never parsed as HTML.
(function () {
  "use strict";

  var root = document.querySelector("[data-search-index]");
  if (!root) {
    return;
  }
  var form = root.querySelector(".search-form");
  var input = root.querySelector(".search-input");
  var status = root.querySelector(".search-status");
  var list = root.querySelector(".search-results");
  var more = root.querySelector(".search-more");

  var MAX_SHOWN = 100;
  var PAGE_SIZE = 10;
  var SNIPPET_BEFORE = 60;
  var SNIPPET_LENGTH = 160;
  // Han, Hiragana, Katakana, Hangul syllables: CjkText.IsCjk in the build.
  var CJK = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u3040-\u30FF\uAC00-\uD7AF\u{20000}-\u{2EBEF}]/u;
  var WORD = /[\p{L}\p{M}\p{N}]/u;

  var manifestUrl = new URL(root.getAttribute("data-search-index"), window.location.href);
  var manifest = null;
  var shards = Object.create(null);
  var posts = Object.create(null);
  var pending = 0;
  var encoder = new TextEncoder();

  function normalize(text) {
    return text.normalize("NFKC").toLowerCase().replace(/ς/g, "σ");
  }

  // Calls word(text) for each word (cut at maxWord characters) and cjk(character, pair) for each CJK
  // character with the pair it ends ("" for the first of a run).
  function read(text, maxWord, word, cjk) {
    var current = null;
    var previous = "";
    function endWord() {
      if (current !== null) {
        word(current.slice(0, maxWord).join(""));
      }
      current = null;
    }
    for (var character of text) {
      if (CJK.test(character)) {
        endWord();
        cjk(character, previous === "" ? "" : previous + character);
        previous = character;
      } else {
        previous = "";
        if (WORD.test(character)) {
          (current = current || []).push(character);
        } else {
          endWord();
        }
      }
    }
    endWord();
  }

  // What a term looks up: SearchTerms.Parts in the build. A CJK run is looked up by its overlapping pairs
  // of neighbours, at most layout.maxPairs of them.
  function partsOf(term, layout) {
    var parts = [];
    var run = [];
    function endRun() {
      if (run.length === 1) {
        parts.push({ text: run[0], prefix: false, word: false });
      }
      for (var start = 0; start + 1 < run.length && start < layout.maxPairs; start++) {
        parts.push({ text: run[start] + run[start + 1], prefix: false, word: false });
      }
      run = [];
    }
    read(term, layout.maxWord, function (word) {
      endRun();
      parts.push({ text: word, prefix: Array.from(word).length >= layout.prefix, word: true });
    }, function (character, pair) {
      if (pair === "") {
        endRun();
      }
      run.push(character);
    });
    endRun();
    var seen = Object.create(null);
    return parts.filter(function (part) {
      return seen[part.text] ? false : (seen[part.text] = true);
    });
  }

  function termsOf(query) {
    var seen = Object.create(null);
    return normalize(query).split(/\s+/).filter(function (term) {
      if (term === "" || seen[term]) {
        return false;
      }
      seen[term] = true;
      return true;
    });
  }

  // SearchShards.Of in the build: FNV-1a of the UTF-8 bytes of the key (a word's first characters, a CJK token whole).
  function shardOf(part, layout) {
    var key = part.word ? Array.from(part.text).slice(0, layout.prefix).join("") : part.text;
    var hash = 0x811c9dc5;
    encoder.encode(key).forEach(function (byte) {
      hash = Math.imul(hash ^ byte, 16777619) >>> 0;
    });
    return hash % layout.shards;
  }

  function isPresent(shard, layout) {
    return (parseInt(layout.present.charAt(shard >> 2), 16) >> (shard & 3)) & 1;
  }

  function getJson(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    });
  }

  // One promise per file, forgotten when it fails so the next query tries again.
  function cached(store, key, url) {
    if (!store[key]) {
      store[key] = getJson(url);
      store[key].catch(function () {
        delete store[key];
      });
    }
    return store[key];
  }

  function loadManifest() {
    if (!manifest) {
      manifest = getJson(manifestUrl);
      manifest.catch(function () {
        manifest = null;
      });
    }
    return manifest;
  }

  // SearchShards.PathOf in the build: hexadecimal, as many digits as the highest shard number has.
  function loadShard(shard, layout) {
    var digits = (layout.shards - 1).toString(16).length;
    var name = shard.toString(16).padStart(digits, "0");
    return cached(shards, shard, new URL("shards/" + name + ".json", manifestUrl));
  }

  function loadPost(number) {
    return cached(posts, number, new URL("posts/" + number + ".json", manifestUrl));
  }

  // Post number -> the fields (bits 4 title, 2 tags, 1 text) a part occurs in.
  function postingsOf(part, shard) {
    var found = new Map();
    if (!shard) {
      return found;
    }
    Object.keys(shard).forEach(function (token) {
      if (part.prefix ? !token.startsWith(part.text) : token !== part.text) {
        return;
      }
      var number = 0;
      shard[token].forEach(function (value) {
        number += Math.floor(value / 8);
        found.set(number, (found.get(number) || 0) | (value % 8));
      });
    });
    return found;
  }

  // A term matches a post when one field holds every part; the fields it matched in are its score
  // (the bit values are the weights), summed over the terms.
  function rank(terms, shardOfPart) {
    var scores = null;
    terms.forEach(function (parts) {
      var fields = null;
      parts.forEach(function (part) {
        var postings = postingsOf(part, shardOfPart(part));
        var next = new Map();
        (fields || postings).forEach(function (value, number) {
          var both = fields ? value & (postings.get(number) || 0) : value;
          if (both !== 0) {
            next.set(number, both);
          }
        });
        fields = next;
      });
      var nextScores = new Map();
      fields.forEach(function (value, number) {
        if (!scores || scores.has(number)) {
          nextScores.set(number, (scores ? scores.get(number) : 0) + value);
        }
      });
      scores = nextScores;
    });
    var found = [];
    scores.forEach(function (score, number) {
      found.push({ number: number, score: score });
    });
    // Equal scores: newest first, and a newer post has a higher number.
    return found.sort(function (a, b) { return b.score - a.score || b.number - a.number; });
  }

  function message(name, query, count) {
    return (root.getAttribute("data-search-" + name) || "")
      .replace("{query}", query)
      .replace("{count}", String(count));
  }

  // The normalized form of text with, for every normalized character, the range of original characters
  // it came from: matches are found in the normalized form and highlighted in the original.
  function mapped(text) {
    if (/^[\x00-\x7f]*$/.test(text)) {
      return { normalized: text.toLowerCase(), starts: null, ends: null };
    }
    var normalized = "";
    var starts = [];
    var ends = [];
    var chunk = /\P{M}\p{M}*|\p{M}+/gsu;
    var found;
    while ((found = chunk.exec(text)) !== null) {
      var part = normalize(found[0]);
      for (var i = 0; i < part.length; i++) {
        starts.push(found.index);
        ends.push(found.index + found[0].length);
      }
      normalized += part;
    }
    return { normalized: normalized, starts: starts, ends: ends };
  }

  function isWordAt(text, at) {
    return at >= 0 && at < text.length && WORD.test(text.charAt(at));
  }

  // Sorted, non-overlapping [start, end) ranges of text where a part occurs: a word at the start of a
  // word (and whole, when it is not a prefix), a CJK character or pair anywhere.
  function matches(text, parts) {
    var map = mapped(text);
    var ranges = [];
    parts.forEach(function (part) {
      var at = map.normalized.indexOf(part.text);
      while (at >= 0) {
        var end = at + part.text.length;
        if (!part.word || (!isWordAt(map.normalized, at - 1) && (part.prefix || !isWordAt(map.normalized, end)))) {
          ranges.push(map.starts ? [map.starts[at], map.ends[end - 1]] : [at, end]);
        }
        at = map.normalized.indexOf(part.text, at + 1);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    ranges.forEach(function (range) {
      var previous = merged[merged.length - 1];
      if (previous && range[0] <= previous[1]) {
        previous[1] = Math.max(previous[1], range[1]);
      } else {
        merged.push([range[0], range[1]]);
      }
    });
    return merged;
  }

  // Appends text[from, to) to parent, with the parts inside ranges wrapped in <mark>.
  function appendHighlighted(parent, text, ranges, from, to) {
    var position = from;
    ranges.forEach(function (range) {
      var start = Math.max(range[0], from);
      var end = Math.min(range[1], to);
      if (start >= end) {
        return;
      }
      if (start > position) {
        parent.appendChild(document.createTextNode(text.slice(position, start)));
      }
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, end);
      parent.appendChild(mark);
      position = end;
    });
    if (position < to) {
      parent.appendChild(document.createTextNode(text.slice(position, to)));
    }
  }

  function snippet(text, parts) {
    var paragraph = document.createElement("p");
    paragraph.className = "search-snippet";
    var ranges = matches(text, parts);
    var from = ranges.length > 0 ? Math.max(0, ranges[0][0] - SNIPPET_BEFORE) : 0;
    // Start at a word where there are words (Latin text); Chinese and Japanese may start anywhere.
    var space = from > 0 ? text.indexOf(" ", from) : -1;
    if (space >= 0 && space - from < 20 && space < ranges[0][0]) {
      from = space + 1;
    } else if (from > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(from))) {
      from++;
    }
    var to = Math.min(text.length, from + SNIPPET_LENGTH);
    if (to < text.length && /[\uD800-\uDBFF]/.test(text.charAt(to - 1))) {
      to--;
    }
    if (from > 0) {
      paragraph.appendChild(document.createTextNode("…"));
    }
    appendHighlighted(paragraph, text, ranges, from, to);
    if (to < text.length) {
      paragraph.appendChild(document.createTextNode("…"));
    }
    return paragraph;
  }

  function safeUrl(url) {
    return /^(\/|https?:\/\/)/i.test(url) ? url : "#";
  }

  function result(post, parts) {
    var title = String(post.title || post.url || "");
    var item = document.createElement("li");
    item.className = "search-result";

    var heading = document.createElement("h2");
    heading.className = "search-result-title";
    var link = document.createElement("a");
    link.href = safeUrl(String(post.url || ""));
    appendHighlighted(link, title, matches(title, parts), 0, title.length);
    heading.appendChild(link);
    item.appendChild(heading);

    var date = String(post.date || "");
    if (date !== "") {
      var meta = document.createElement("p");
      meta.className = "post-meta";
      var time = document.createElement("time");
      time.setAttribute("datetime", date);
      time.textContent = date.slice(0, 10);
      meta.appendChild(time);
      item.appendChild(meta);
    }

    var tags = Array.isArray(post.tags) ? post.tags.map(String) : [];
    if (tags.length > 0) {
      var chips = document.createElement("ul");
      chips.className = "chips chips-tags";
      chips.setAttribute("aria-label", "Tags");
      tags.forEach(function (tag) {
        var chip = document.createElement("li");
        chip.className = "chip";
        appendHighlighted(chip, tag, matches(tag, parts), 0, tag.length);
        chips.appendChild(chip);
      });
      item.appendChild(chips);
    }

    var text = String(post.text || "");
    if (text !== "") {
      item.appendChild(snippet(text, parts));
    }
    return item;
  }

  function clear() {
    status.textContent = "";
    list.replaceChildren();
    if (more) {
      more.hidden = true;
    }
  }

  function failed(run, query) {
    if (run === pending) {
      clear();
      status.textContent = message("failed", query, 0);
    }
  }

  // Shows the next page of results: their post files are fetched now, not before.
  function showMore(run, query, found, parts) {
    var shown = list.children.length;
    var next = found.slice(shown, Math.min(found.length, MAX_SHOWN, shown + PAGE_SIZE));
    return Promise.all(next.map(function (hit) { return loadPost(hit.number); })).then(function (loaded) {
      if (run !== pending) {
        return;
      }
      loaded.forEach(function (post) {
        list.appendChild(result(post, parts));
      });
      if (more) {
        more.hidden = list.children.length >= Math.min(found.length, MAX_SHOWN);
        more.onclick = function () {
          showMore(run, query, found, parts).catch(function () { failed(run, query); });
        };
      }
    });
  }

  function search(query) {
    var run = ++pending;
    var terms = termsOf(query);
    if (terms.length === 0) {
      clear();
      return;
    }
    status.textContent = message("loading", query, 0);
    loadManifest().then(function (layout) {
      // A term of punctuation alone has nothing indexed to look up; it is left out.
      var termParts = terms.map(function (term) { return partsOf(term, layout); })
        .filter(function (parts) { return parts.length > 0; });
      var all = [].concat.apply([], termParts);
      var needed = Array.from(new Set(all.map(function (part) { return shardOf(part, layout); })))
        .filter(function (shard) { return isPresent(shard, layout); });
      return Promise.all(needed.map(function (shard) { return loadShard(shard, layout); })).then(function (loaded) {
        if (run !== pending) {
          return;
        }
        var byShard = new Map();
        needed.forEach(function (shard, i) { byShard.set(shard, loaded[i]); });
        var found = termParts.length === 0 ? [] : rank(termParts, function (part) {
          return byShard.get(shardOf(part, layout));
        });
        list.replaceChildren();
        return showMore(run, query, found, all).then(function () {
          if (run === pending) {
            var name = found.length === 0 ? "none" : found.length === 1 ? "one" : "many";
            status.textContent = message(name, query, found.length);
          }
        });
      });
    }).catch(function () {
      failed(run, query);
    });
  }

  function remember(query) {
    var url = new URL(window.location.href);
    if (query.trim() === "") {
      url.searchParams.delete("q");
    } else {
      url.searchParams.set("q", query);
    }
    window.history.replaceState(null, "", url.toString());
  }

  var typing = 0;
  input.addEventListener("input", function () {
    window.clearTimeout(typing);
    typing = window.setTimeout(function () {
      remember(input.value);
      search(input.value);
    }, 150);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(typing);
    remember(input.value);
    search(input.value);
  });

  var initial = new URLSearchParams(window.location.search).get("q") || "";
  if (initial !== "") {
    input.value = initial;
    search(initial);
  }
})();
