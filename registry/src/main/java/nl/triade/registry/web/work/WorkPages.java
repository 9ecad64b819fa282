package nl.triade.registry.web.work;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import nl.triade.registry.web.Pages;
import nl.triade.registry.web.WebServices;
import nl.triade.registry.web.session.WebSessions;

/** The work group's URL tree: "my work" and the Register's assessment pages. */
public final class WorkPages {
    private final Pages pages;
    private final MyWorkPages myWork;
    private final AssessmentPages assessment;

    public WorkPages(Pages pages, WebSessions sessions, WebServices services) {
        this.pages = pages;
        this.myWork = new MyWorkPages(pages, sessions, services);
        this.assessment = new AssessmentPages(pages, sessions, services);
    }

    public EndpointGroup routes() {
        return () -> {
            get(MyWorkPages.PATH, pages.page(myWork::show));
            get(AssessmentPages.PATH, pages.page(assessment::list));
            get(AssessmentPages.PATH + "/{sid}", pages.page(assessment::sheet));
            post(AssessmentPages.PATH + "/{sid}/criteria/{criterion}", pages.page(assessment::assess));
            post(AssessmentPages.PATH + "/{sid}/besluit", pages.page(assessment::decide));
        };
    }
}
