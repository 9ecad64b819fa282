package nl.triade.registry.pluginhost;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.authorisation.Approval;
import nl.triade.registry.domain.submission.DeliveryResult;
import nl.triade.registry.domain.submission.Outbound;
import nl.triade.registry.domain.submission.ReportedVerdict;
import nl.triade.registry.domain.submission.Submission;
import nl.triade.registry.domain.submission.SubmissionService.Verdict;
import nl.triade.registry.domain.submission.Submitters;
import nl.triade.spi.ApprovalSnapshot;
import nl.triade.spi.DeliveredSubmission;
import nl.triade.spi.PackageFile;
import nl.triade.spi.RegisterSubmitter;
import nl.triade.spi.RegisterVerdict;
import nl.triade.spi.SubmissionPackage;
import nl.triade.spi.SubmissionResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Submitters} port on top of the plugins: one channel per configured
 * {@link RegisterSubmitter}, named by its plugin id. Whatever a submitter does wrong becomes a
 * {@code RETRY}: the Register may well have the package, and only the idempotency key makes a
 * second offer safe. Asking for a verdict, whatever goes wrong means "not yet": it is asked again.
 * The plugin's answer is translated inside the guarded call, exhaustively over the SPI's enums, so
 * neither a strange answer nor a constant added to the SPI can make the port throw.
 */
public final class PluginSubmitters implements Submitters {
    private static final Logger LOG = LoggerFactory.getLogger(PluginSubmitters.class);
    private final PluginHost host;

    public PluginSubmitters(PluginHost host) {
        this.host = host;
    }

    @Override
    public Set<String> channels() {
        Set<String> channels = new LinkedHashSet<>();
        host.extensions(RegisterSubmitter.class).forEach(submitter -> channels.add(submitter.pluginId()));
        return channels;
    }

    @Override
    public DeliveryResult deliver(Outbound outbound) {
        BoundExtension<RegisterSubmitter> submitter = submitter(outbound.submission().channel()).orElse(null);
        if (submitter == null) {
            return DeliveryResult.retry("channel '" + outbound.submission().channel() + "' is not loaded or not configured");
        }
        SubmissionPackage submission = pack(outbound);
        GuardedCalls.Outcome<DeliveryResult> outcome = host.call(submitter,
                () -> delivery(submitter.extension().submit(submission, submitter.context())));
        return outcome.failed() ? DeliveryResult.retry("the submitter " + outcome.failure()) : outcome.value();
    }

    /** The submitter's answer, clipped; null (against the contract) stays null, for the guard to report. */
    private static DeliveryResult delivery(SubmissionResult result) {
        if (result == null) {
            return null;
        }
        DeliveryResult.Outcome outcome = switch (result.outcome()) {
            case DELIVERED -> DeliveryResult.Outcome.DELIVERED;
            case PERMANENT_FAILURE -> DeliveryResult.Outcome.PERMANENT_FAILURE;
            case RETRY -> DeliveryResult.Outcome.RETRY;
        };
        return new DeliveryResult(outcome, PluginOutput.clip(result.reference(), PluginOutput.SHORT_TEXT),
                PluginOutput.clip(result.receipt(), PluginOutput.TEXT), PluginOutput.clip(result.reason(), PluginOutput.TEXT),
                result.retryAfter());
    }

    @Override
    public Optional<ReportedVerdict> verdict(Submission sent) {
        Optional<BoundExtension<RegisterSubmitter>> submitter = submitter(sent.channel());
        if (submitter.isEmpty()) {
            return Optional.empty();
        }
        DeliveredSubmission delivered = new DeliveredSubmission(sent.id(), sent.registerReference(), sent.receipt());
        GuardedCalls.Outcome<Optional<ReportedVerdict>> outcome = host.call(submitter.get(),
                () -> verdict(submitter.get().extension().verdict(delivered, submitter.get().context())));
        if (outcome.failed()) {
            LOG.warn("submitter {} {} when asked for the verdict on {}", sent.channel(), outcome.failure(), sent.id());
            return Optional.empty();
        }
        return outcome.value();
    }

    /** The Register's decision as the channel reports it, clipped; null (against the contract) stays null, for the guard to report. */
    private static Optional<ReportedVerdict> verdict(RegisterVerdict verdict) {
        if (verdict == null) {
            return null;
        }
        return switch (verdict.decision()) {
            case UNDECIDED -> Optional.empty();
            case ACCEPTED -> Optional.of(new ReportedVerdict(Verdict.ACCEPTED,
                    PluginOutput.clip(verdict.reference(), PluginOutput.SHORT_TEXT), null));
            case REJECTED -> Optional.of(new ReportedVerdict(Verdict.REJECTED, null,
                    PluginOutput.clip(verdict.reason(), PluginOutput.TEXT)));
        };
    }

    private Optional<BoundExtension<RegisterSubmitter>> submitter(String channel) {
        return host.extensions(RegisterSubmitter.class).stream()
                .filter(candidate -> candidate.pluginId().equals(channel))
                .findFirst();
    }

    private static SubmissionPackage pack(Outbound outbound) {
        return new SubmissionPackage(outbound.submission().id(), Snapshots.of(outbound.document()),
                outbound.submission().contentHash(), CanonicalJson.write(outbound.document().content()),
                outbound.approvals().stream().map(PluginSubmitters::approval).toList(),
                outbound.events().stream().map(Snapshots::of).toList(),
                outbound.evidence().files().stream().map(file -> new PackageFile(file.name(), file.text())).toList());
    }

    private static ApprovalSnapshot approval(Approval approval) {
        return new ApprovalSnapshot(approval.organisation(), WireNames.of(approval.decision()), approval.motivation(),
                approval.revision(), approval.contentHash(), approval.decidedAt());
    }
}
