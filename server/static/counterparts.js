// A person's counterparts (from /api/who_met) drawn with cytoscape: one edge per person met, labelled with how often.
(async function () {
  const box = document.getElementById("graph");
  const person = box.dataset.person;
  const response = await fetch("/api/who_met?person=" + encodeURIComponent(person));
  if (!response.ok) { box.textContent = "No counterparts."; return; }
  const reply = await response.json();
  const elements = [{data: {id: person, label: box.dataset.label}, classes: "centre"}];
  reply.answers.forEach(a => {
    elements.push({data: {id: a.iri, label: a.label}});
    elements.push({data: {id: person + "->" + a.iri, source: person, target: a.iri, label: String((a.facts.event || []).length)}});
  });
  const cy = cytoscape({
    container: box, elements: elements, layout: {name: "concentric", minNodeSpacing: 40},
    style: [
      {selector: "node", style: {label: "data(label)", "background-color": "#457b9d", "font-size": 11}},
      {selector: "node.centre", style: {"background-color": "#e63946"}},
      {selector: "edge", style: {label: "data(label)", width: 2, "line-color": "#a8dadc", "font-size": 9}},
    ],
  });
  cy.on("tap", "node", e => { const id = e.target.id(); if (id !== person) location.href = id.replace("https://w3id.org/diplokg", ""); });
})();
