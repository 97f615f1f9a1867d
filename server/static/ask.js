// The question box: calls /api/ask and shows each answer with its evidence sentences and links to entity pages.
(function () {
  const form = document.getElementById("ask-form");
  const input = document.getElementById("question");
  const list = document.getElementById("answers");
  const said = document.getElementById("interpretation");
  let context = null;  // the IRI "it" refers to: the subject of the previous answer

  function local(iri) {
    const base = "https://w3id.org/diplokg/";
    return iri.startsWith(base + "resource/") ? "/" + iri.slice(base.length).split("#")[0] : iri;
  }
  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function show(reply) {
    said.textContent = reply.interpretation;
    list.replaceChildren();
    (reply.can_answer || []).forEach(item => list.appendChild(el("li", {}, item.title + ": " + item.description)));
    if (reply.understood && reply.answers.length === 0) list.appendChild(el("li", {class: "muted"}, "No answers."));
    reply.answers.forEach(answer => {
      const li = el("li", {class: "answer"});
      li.appendChild(el("a", {href: local(answer.iri)}, answer.label));
      const facts = Object.entries(answer.facts || {}).filter(([k]) => !["event", "type"].includes(k))
        .map(([k, v]) => k + ": " + v.join(", ")).join("; ");
      if (facts) li.appendChild(el("span", {class: "facts"}, " — " + facts));
      const ul = el("ul", {class: "evidence"});
      answer.evidence.slice(0, 5).forEach(ev => {
        const item = el("li");
        item.appendChild(el("q", {}, ev.sentence));
        const source = el("a", {href: local(ev.article), class: "source"},
          " " + (ev.articleTitle || ev.article) + " [" + ev.offsets.join("–") + "]");
        item.appendChild(source);
        ul.appendChild(item);
      });
      if (answer.evidence.length > 5) ul.appendChild(el("li", {class: "muted"}, "… " + (answer.evidence.length - 5) + " more sentences"));
      li.appendChild(ul);
      list.appendChild(li);
    });
    const subject = Object.values(reply.params || {}).find(v => v.includes("/resource/"));
    if (subject) context = subject;
  }
  form.addEventListener("submit", async event => {
    event.preventDefault();
    const params = new URLSearchParams({q: input.value});
    if (context) params.set("context", context);
    said.textContent = "…";
    const response = await fetch(form.action + "?" + params);
    const body = await response.json();
    if (!response.ok) { said.textContent = body.error; list.replaceChildren(); return; }
    show(body);
  });
})();
