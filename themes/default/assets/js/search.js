// BlogGen site search. Loads the index named by data-search-index once and matches in the browser:
// every query term must occur, as a substring, in a post's title, tags or text. Substrings (not words)
// because Chinese and Japanese sentences have no spaces between words. Text from the index is only
// ever put into the page with textContent, never parsed as HTML.
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

  var MAX_SHOWN = 100;
  var SNIPPET_BEFORE = 60;
  var SNIPPET_LENGTH = 160;
  var TITLE_WEIGHT = 4;
  var TAG_WEIGHT = 2;
  var TEXT_WEIGHT = 1;

  var index = null;
  var pending = 0;

  function normalize(text) {
    return text.normalize("NFKC").toLowerCase();
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

  function message(name, query, count) {
    return (root.getAttribute("data-search-" + name) || "")
      .replace("{query}", query)
      .replace("{count}", String(count));
  }

  function load() {
    if (!index) {
      index = fetch(root.getAttribute("data-search-index"), { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("HTTP " + response.status);
          }
          return response.json();
        })
        .then(function (data) {
          return (data.posts || []).map(function (post, order) {
            var tags = Array.isArray(post.tags) ? post.tags.map(String) : [];
            return {
              post: post,
              order: order,
              title: normalize(String(post.title || "")),
              tags: normalize(tags.join("\n")),
              text: normalize(String(post.text || "")),
            };
          });
        });
      index.catch(function () {
        index = null; // the next query tries again
      });
    }
    return index;
  }

  function score(entry, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      var inTitle = entry.title.indexOf(term) >= 0;
      var inTags = entry.tags.indexOf(term) >= 0;
      var inText = entry.text.indexOf(term) >= 0;
      if (!inTitle && !inTags && !inText) {
        return 0;
      }
      total += (inTitle ? TITLE_WEIGHT : 0) + (inTags ? TAG_WEIGHT : 0) + (inText ? TEXT_WEIGHT : 0);
    }
    return total;
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

  // Sorted, non-overlapping [start, end) ranges of text where any term occurs.
  function matches(text, terms) {
    var map = mapped(text);
    var ranges = [];
    terms.forEach(function (term) {
      var at = map.normalized.indexOf(term);
      while (at >= 0) {
        var last = at + term.length - 1;
        ranges.push(map.starts ? [map.starts[at], map.ends[last]] : [at, last + 1]);
        at = map.normalized.indexOf(term, at + term.length);
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

  function snippet(text, terms) {
    var paragraph = document.createElement("p");
    paragraph.className = "search-snippet";
    var ranges = matches(text, terms);
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

  function result(entry, terms) {
    var post = entry.post;
    var title = String(post.title || post.url || "");
    var item = document.createElement("li");
    item.className = "search-result";

    var heading = document.createElement("h2");
    heading.className = "search-result-title";
    var link = document.createElement("a");
    link.href = safeUrl(String(post.url || ""));
    appendHighlighted(link, title, matches(title, terms), 0, title.length);
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
        appendHighlighted(chip, tag, matches(tag, terms), 0, tag.length);
        chips.appendChild(chip);
      });
      item.appendChild(chips);
    }

    var text = String(post.text || "");
    if (text !== "") {
      item.appendChild(snippet(text, terms));
    }
    return item;
  }

  function clear() {
    status.textContent = "";
    list.replaceChildren();
  }

  function search(query) {
    var terms = termsOf(query);
    var run = ++pending;
    if (terms.length === 0) {
      clear();
      return;
    }
    status.textContent = message("loading", query, 0);
    load().then(function (entries) {
      if (run !== pending) {
        return; // a newer query has started
      }
      var found = entries
        .map(function (entry) { return { entry: entry, score: score(entry, terms) }; })
        .filter(function (hit) { return hit.score > 0; })
        .sort(function (a, b) { return b.score - a.score || a.entry.order - b.entry.order; });
      var name = found.length === 0 ? "none" : found.length === 1 ? "one" : "many";
      status.textContent = message(name, query, found.length);
      list.replaceChildren.apply(list, found.slice(0, MAX_SHOWN).map(function (hit) {
        return result(hit.entry, terms);
      }));
    }, function () {
      if (run === pending) {
        list.replaceChildren();
        status.textContent = message("failed", query, 0);
      }
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
