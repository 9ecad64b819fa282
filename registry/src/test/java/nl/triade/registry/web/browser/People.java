package nl.triade.registry.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.web.signin.FormClient;

/**
 * Organisations and the people in them, made through the API as an administrator would, for tests
 * that go on in a browser: {@link #person} is an account with a name of its own and a token, and
 * no password yet (someone to invite); {@link #signedUp} one who has set a password from a
 * one-time link ({@link FormClient#signedIn}), so that a test may sign them in without first
 * walking them through their invitation.
 */
public final class People {
    private final RunningRegistry registry;

    private People(RunningRegistry registry) {
        this.registry = registry;
    }

    public static People in(RunningRegistry registry) {
        return new People(registry);
    }

    public void organisation(String slug, String name, String kind) {
        ApiResponse made = registry.admin().post("/api/v1/organisations", Map.of("slug", slug, "name", name, "kind", kind));
        assertEquals(201, made.status(), made.body());
    }

    /** A new account of {@code organisation}, {@code name} at {@code <first name>@<organisation>.test}, with a token and no password. */
    public Person person(String organisation, String role, String name) {
        String email = name.split(" ")[0].toLowerCase(Locale.ROOT) + "@" + organisation + ".test";
        ApiResponse account = registry.admin().post("/api/v1/accounts", Map.of("name", name, "email", email,
                "organisation", organisation, "role", role));
        assertEquals(201, account.status(), account.body());
        String id = account.json().get("id").asText();
        ApiResponse token = registry.admin().post("/api/v1/accounts/" + id + "/tokens", Map.of());
        assertEquals(201, token.status(), token.body());
        return new Person(id, name, email, organisation, null, registry.as(token.json().get("token").asText()));
    }

    /** As {@link #person}, who has also set {@link FormClient#PASSWORD} from a link an administrator issued. */
    public Person signedUp(String organisation, String role, String name) {
        Person person = person(organisation, role, name);
        FormClient.signedIn(registry, person.accountId());
        return person.withPassword(FormClient.PASSWORD);
    }
}
