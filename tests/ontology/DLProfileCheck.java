// Checks that RDF/XML or Turtle files, merged, are in the OWL 2 DL profile.
// Run with the OWL API that ships inside owlready2's HermiT.jar:
//   java -cp .../owlready2/hermit/HermiT.jar DLProfileCheck.java FILE...
// Prints one "VIOLATION ..." line per violation and a last line IN_PROFILE or NOT_IN_PROFILE.
import java.io.File;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.*;
import org.semanticweb.owlapi.profiles.*;

public class DLProfileCheck {
    public static void main(String[] args) throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        manager.setSilentMissingImportsHandling(true);
        OWLOntology merged = manager.createOntology(IRI.create("urn:diplokg:dl-check"));
        for (String path : args) {
            OWLOntology o = manager.loadOntologyFromOntologyDocument(new File(path));
            manager.addAxioms(merged, o.getAxioms());
        }
        OWLProfileReport report = new OWL2DLProfile().checkOntology(merged);
        for (OWLProfileViolation v : report.getViolations()) {
            System.out.println("VIOLATION " + v.toString().replace('\n', ' '));
        }
        System.out.println("AXIOMS " + merged.getAxiomCount());
        System.out.println(report.isInProfile() ? "IN_PROFILE" : "NOT_IN_PROFILE");
    }
}
