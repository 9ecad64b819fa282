package nl.triade.registry.domain.actor;

import java.util.Set;

/** The party an organisation is. The three care parties must each take part in a standard; {@code register} is Zorginstituut Nederland's side. */
public enum OrganisationKind {
    PATIENT, PROVIDER, INSURER, REGISTER;

    /** The parties the law (Wkkgz, 2014) asks to develop every standard together. */
    public static final Set<OrganisationKind> CARE_PARTIES = Set.of(PATIENT, PROVIDER, INSURER);

    public boolean isCareParty() {
        return CARE_PARTIES.contains(this);
    }
}
