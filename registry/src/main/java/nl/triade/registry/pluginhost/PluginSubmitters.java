package nl.triade.registry.pluginhost;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.authorisation.Approval;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.submission.DeliveryResult;
import nl.triade.registry.domain.submission.Outbound;
import nl.triade.registry.domain.submission.Submitters;
import nl.triade.spi.ApprovalSnapshot;
import nl.triade.spi.EventSnapshot;
import nl.triade.spi.RegisterSubmitter;
import nl.triade.spi.SubmissionPackage;
import nl.triade.spi.SubmissionResult;

/**
 * The {@link Submitters} port on top of the plugins: one channel per configured
 * {@link RegisterSubmitter}, named by its plugin id. Whatever a submitter does wrong becomes a
 * {@code RETRY}: the Register may well have the package, and only the idempotency key makes a
 * second offer safe.
 */
public final class PluginSubmitters implements Submitters {
    private final PluginHost host;
    private final Transactions transactions;

    public PluginSubmitters(PluginHost host, Transactions transactions) {
        this.host = host;
        this.transactions = transactions;
    }

    @Override
    public Set<String> channels() {
        Set<String> channels = new LinkedHashSet<>();
        host.extensions(RegisterSubmitter.class).forEach(submitter -> channels.add(submitter.pluginId()));
        return channels;
    }

    @Override
    public DeliveryResult deliver(Outbound outbound) {
        BoundExtension<RegisterSubmitter> submitter = host.extensions(RegisterSubmitter.class).stream()
                .filter(candidate -> candidate.pluginId().equals(outbound.submission().channel()))
                .findFirst().orElse(null);
        if (submitter == null) {
            return DeliveryResult.retry("channel '" + outbound.submission().channel() + "' is not loaded or not configured");
        }
        SubmissionPackage submission = pack(outbound);
        GuardedCalls.Outcome<SubmissionResult> outcome = host.guard().call(
                () -> submitter.extension().submit(submission, submitter.context()));
        if (outcome.failed()) {
            return DeliveryResult.retry("the submitter " + outcome.failure());
        }
        SubmissionResult result = outcome.value();
        return new DeliveryResult(DeliveryResult.Outcome.valueOf(result.outcome().name()), PluginOutput.clip(result.reference(), PluginOutput.SHORT_TEXT),
                PluginOutput.clip(result.receipt(), PluginOutput.TEXT),
                PluginOutput.clip(result.reason(), PluginOutput.TEXT), result.retryAfter());
    }

    private SubmissionPackage pack(Outbound outbound) {
        Document frozen = new Document(outbound.document().id(), outbound.document().version(), outbound.document().status(),
                outbound.submission().revision(), outbound.submission().contentHash(), outbound.content(), Map.of(), Map.of(),
                outbound.document().workflow(), outbound.document().createdAt(), outbound.document().updatedAt());
        var snapshot = transactions.read(store -> Snapshots.of(frozen, PluginValidators.kinds(store, frozen),
                store.documents().instrumentsOf(frozen.id())));
        return new SubmissionPackage(outbound.submission().id(), snapshot, outbound.submission().contentHash(),
                CanonicalJson.write(outbound.content()),
                outbound.approvals().stream().map(PluginSubmitters::approval).toList(),
                outbound.events().stream().map(PluginSubmitters::event).toList());
    }

    private static ApprovalSnapshot approval(Approval approval) {
        return new ApprovalSnapshot(approval.organisation(), WireNames.of(approval.decision()), approval.motivation(),
                approval.revision(), approval.contentHash(), approval.decidedAt());
    }

    private static EventSnapshot event(Event event) {
        return new EventSnapshot(event.seq(), event.at(), event.actor(), event.organisation(), event.type(), event.document(),
                event.data(), event.hash());
    }
}
