package nl.triade.registry.domain.account;

/** The party an organisation is. The three care parties must each take part in a standard; {@code register} is Zorginstituut Nederland's side. */
public enum OrganisationKind {
    PATIENT, PROVIDER, INSURER, REGISTER
}
