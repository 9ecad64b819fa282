package nl.triade.bench.speed;

/** Seeded text: Dutch-looking prose, a little different per number, so no two parts are stored as one. */
final class Texts {
    private Texts() {
    }

    /** About {@code length} characters of prose for part {@code number}. */
    static String paragraphs(int number, int length) {
        StringBuilder text = new StringBuilder("Afspraak " + number + ".");
        while (text.length() < length) {
            text.append(" De zorgverlener bespreekt met de patiënt wat bij de zorg past (").append(number).append(").");
            if (text.length() % 5 == 0) {
                text.append("\n\n");
            }
        }
        return text.substring(0, length);
    }
}
