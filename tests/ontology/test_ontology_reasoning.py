"""OWL reasoning through owlready2 + HermiT.

owlready2 reads RDF/XML, so the Turtle files are converted with rdflib.
DiploKG data carries xsd:date / xsd:gYearMonth / xsd:gYear literals, which are
outside the OWL 2 datatype map: HermiT refuses them unless
ignore_unsupported_datatypes=True (then it ignores those assertions), which is
how conftest.run_hermit calls it."""

from __future__ import annotations

import pytest
import rdflib
from rdflib import Literal
from rdflib.namespace import OWL, RDF

from ontology_testlib import DATA, DKG, ONTOLOGY, RES, SECTORS, load, owl_world, requires_java, run_hermit

pytestmark = [requires_java, pytest.mark.slow]

TREATY = RES["agreement/iran-russia-comprehensive-strategic-partnership-treaty-2025"]
SIGNING = RES["event/2025-01-17-signing-iran-russia-treaty"]
PUTIN = RES["person/vladimir-putin"]
PEZESHKIAN = RES["person/masoud-pezeshkian"]


def _dkg(world):
    return world.get_namespace(str(DKG))


def test_owlready_loads_ontology_and_hermit_finds_it_consistent(onto_graph, tmp_path):
    world, onto = owl_world(onto_graph, tmp_path, "diplokg")
    dkg = _dkg(world)
    assert dkg.Signing is not None and dkg.signatory is not None and dkg.date is not None
    dkg_classes = [c for c in onto.classes() if c.iri.startswith(str(DKG))]
    assert len(dkg_classes) == 31
    run_hermit(world)
    assert list(world.inconsistent_classes()) == []
    # a few entailments of the class axioms
    assert dkg.Actor in dkg.Country.ancestors()
    assert dkg.Place in dkg.Country.ancestors()
    assert dkg.DiplomaticEvent in dkg.Ratification.ancestors()


def _valid_world(tmp_path, graph=None):
    g = load(graph if graph is not None else load(DATA / "valid.ttl"), ONTOLOGY, SECTORS)
    return owl_world(g, tmp_path)


def _add_probe_classes(world):
    """Defined classes whose members only a reasoner that applies
    owl:inverseOf (and sub-properties) can find."""
    import owlready2 as o2

    dkg = _dkg(world)
    probe = world.get_ontology("http://example.org/diplokg-test/probe#")
    with probe:
        class Signer(o2.Thing):
            equivalent_to = [dkg.signed.some(dkg.Agreement)]

        class EventParticipant(o2.Thing):
            equivalent_to = [dkg.participatedIn.some(dkg.DiplomaticEvent)]

        mystery = o2.Thing("mystery-signatory", namespace=probe)
    world[str(TREATY)].signatory.append(mystery)
    return Signer, EventParticipant, mystery


def test_valid_data_is_consistent_and_hermit_applies_the_inverses(tmp_path):
    world, _ = _valid_world(tmp_path)
    dkg = _dkg(world)
    Signer, EventParticipant, mystery = _add_probe_classes(world)
    run_hermit(world)

    putin, pezeshkian = world[str(PUTIN)], world[str(PEZESHKIAN)]
    # dkg:signed is the inverse of dkg:signatory: the signatories are Signers.
    assert Signer in putin.is_a and Signer in pezeshkian.is_a
    assert Signer not in world[str(RES["organisation/kayhan"])].is_a
    # The range of dkg:signatory makes an untyped signatory a dkg:Person ...
    assert isinstance(mystery, dkg.Person)
    # ... and dkg:hasHost is a sub-property of dkg:participant, whose inverse is participatedIn.
    assert EventParticipant in world[str(RES["country/russia"])].is_a
    assert EventParticipant not in world[str(RES["country/tajikistan"])].is_a


def test_without_the_inverse_axiom_hermit_finds_no_signers(tmp_path):
    """Negative control for the test above: it really depends on owl:inverseOf."""
    g = load(DATA / "valid.ttl", ONTOLOGY, SECTORS)
    g.remove((None, OWL.inverseOf, None))
    world, _ = owl_world(g, tmp_path)
    Signer, _, _ = _add_probe_classes(world)
    run_hermit(world)
    assert Signer not in world[str(PUTIN)].is_a


def test_hermit_refuses_partial_dates_unless_told_to_ignore_them(tmp_path):
    import owlready2

    world, _ = _valid_world(tmp_path)
    with pytest.raises(owlready2.OwlReadyJavaError, match="OWL 2 datatype map"):
        run_hermit(world, ignore_unsupported_datatypes=False)


def _with(*triples):
    g = load(DATA / "valid.ttl")
    for t in triples:
        g.add(t)
    return g


XSD = rdflib.Namespace("http://www.w3.org/2001/XMLSchema#")

INCONSISTENT = {
    "person and country (fixture)": lambda: load(DATA / "inconsistent.ttl"),
    "signing that is also a meeting": lambda: _with((SIGNING, RDF.type, DKG.Meeting)),
    "name with a language tag": lambda: _with((PUTIN, DKG.name, Literal("Putin", lang="en"))),
    "confidence as xsd:double": lambda: _with((SIGNING, DKG.confidence, Literal(0.5))),
}


@pytest.mark.parametrize("case", list(INCONSISTENT))
def test_inconsistent_data_is_found_inconsistent(case, tmp_path):
    import owlready2

    world, _ = _valid_world(tmp_path, INCONSISTENT[case]())
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        run_hermit(world)


@requires_java
def test_an_agreement_reported_at_two_stages_is_consistent(tmp_path):
    """Announced in one article, ratified in another: the union carries both statuses (not functional)."""
    world, _ = _valid_world(tmp_path, _with((TREATY, DKG.agreementStatus, DKG.Ratified)))
    run_hermit(world)
