'use client';
/**
 * The triage view: the page's one client island. It keeps the invitations, the criteria and the
 * decisions in this browser, asks the server to triage whenever any of them (or About you)
 * changes, and shows the results grouped by decision.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ClearData } from '../clear-data';
import { buttonClass } from '../ui/button';
import { CriteriaPanel } from './criteria-panel';
import { InvitationInput } from './invitation-input';
import { DECISION_LABEL, formatDate, TriageRow } from './triage-row';
import { SENDER_FIELDS, type SenderForm, toSender } from '@/lib/client/details';
import { download } from '@/lib/client/download';
import { clearAllStored, isStringRecord, STORAGE_KEYS } from '@/lib/client/storage';
import {
  DEFAULT_CRITERIA,
  type DecisionMemory,
  fetchTriage,
  isDecisionMemory,
  isStoredCriteria,
  isStoredInvitations,
  NO_INVITATIONS,
  personKey,
  remember,
  type RememberedDecision,
  type StoredInvitations,
  toCriteria,
} from '@/lib/client/triage';
import { useStoredState } from '@/lib/client/use-stored-state';
import type { TriageResponse } from '@/lib/schema';
import { DECISIONS, type Decision } from '@/lib/triage/criteria';
import { type DecisionRow, decisionsToCsv, decisionsToJson } from '@/lib/triage/export';
import type { PastedInvitation } from '@/lib/triage/paste';

const isSenderForm = isStringRecord(SENDER_FIELDS);
const EMPTY_SENDER: SenderForm = {};
const NO_MEMORY: DecisionMemory = {};
/** Pause after the last change (typing a keyword) before re-triaging. */
const DEBOUNCE_MS = 200;

const GROUP_HEADING: Record<Decision, string> = { accept: 'Accept', review: 'Review', ignore: 'Ignore' };

/** The interactive triage view. */
export function TriageView() {
  const [invitations, setInvitations, invitationsStore] = useStoredState<StoredInvitations>(
    STORAGE_KEYS.triageInvitations,
    NO_INVITATIONS,
    isStoredInvitations,
  );
  const [criteria, setCriteria, criteriaStore] = useStoredState(STORAGE_KEYS.triageCriteria, DEFAULT_CRITERIA, isStoredCriteria);
  const [memory, setMemory, memoryStore] = useStoredState(STORAGE_KEYS.triageDecisions, NO_MEMORY, isDecisionMemory);
  const [sender, , senderStore] = useStoredState(STORAGE_KEYS.sender, EMPTY_SENDER, isSenderForm);
  const [response, setResponse] = useState<{ data: TriageResponse; list: PastedInvitation[] } | null>(null);
  const [problem, setProblem] = useState('');
  const [pending, setPending] = useState(false);
  const hydrated = invitationsStore.hydrated && criteriaStore.hydrated && senderStore.hydrated;
  const me = useMemo(() => toSender(sender), [sender]);
  const requestCriteria = useMemo(() => toCriteria(criteria), [criteria]);
  const controller = useRef<AbortController | null>(null);

  // Re-triage whenever the list, the criteria or About you change.
  useEffect(() => {
    if (!hydrated) return;
    controller.current?.abort();
    if (invitations.list.length === 0) {
      setResponse(null);
      setPending(false);
      return;
    }
    const ac = new AbortController();
    controller.current = ac;
    setPending(true);
    const list = invitations.list;
    const timer = setTimeout(async () => {
      const outcome = await fetchTriage({ invitations: list, me, criteria: requestCriteria }, ac.signal);
      if (ac.signal.aborted) return;
      setPending(false);
      if (outcome.ok) {
        setResponse({ data: outcome.data, list });
        setProblem('');
      } else setProblem(outcome.message);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      ac.abort();
    };
  }, [hydrated, invitations.list, me, requestCriteria]);

  // Remember each suggestion (with its deciding reason and the date), unless the user chose otherwise.
  useEffect(() => {
    if (!response) return;
    const now = Date.now();
    const updates: RememberedDecision[] = [];
    response.data.results.forEach((r, i) => {
      const inv = response.list[i];
      if (!inv) return;
      const known = memory[personKey(inv.name)];
      if (known?.override) return;
      const reason = r.reasons.find((x) => x.effect === r.decision)?.message ?? r.reasons[0]?.message ?? 'Nothing stood out either way.';
      if (known && known.decision === r.decision && known.reason === reason) return;
      updates.push({ name: inv.name, decision: r.decision, reason, date: now, override: false });
    });
    if (updates.length > 0) setMemory((m) => remember(m, updates));
    // Only new results are remembered; memory changes must not re-run this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [response]);

  /** What was decided about these people before they were entered now. */
  const earlierFor = useCallback(
    (list: readonly PastedInvitation[]) => {
      const earlier: Record<string, RememberedDecision> = {};
      for (const inv of list) {
        const known = memory[personKey(inv.name)];
        if (known) earlier[personKey(inv.name)] = known;
      }
      return earlier;
    },
    [memory],
  );

  /** A new list replaces the old one; the earlier decisions about its people are kept with it. */
  const enter = (list: PastedInvitation[]) => setInvitations({ list, enteredAt: Date.now(), earlier: earlierFor(list) });

  /** One more invitation joins the list; only its own earlier decision is looked up. */
  const add = (inv: PastedInvitation) =>
    setInvitations((current) => ({
      list: [...current.list, inv].slice(-200),
      enteredAt: current.list.length > 0 ? current.enteredAt : Date.now(),
      earlier: { ...current.earlier, ...earlierFor([inv]) },
    }));

  const override = (inv: PastedInvitation, result: TriageResponse['results'][number], decision: Decision | undefined) => {
    const reason = result.reasons.find((x) => x.effect === result.decision)?.message ?? 'Nothing stood out either way.';
    setMemory((m) =>
      remember(m, [decision ? { name: inv.name, decision, reason: 'Your choice', date: Date.now(), override: true } : { name: inv.name, decision: result.decision, reason, date: Date.now(), override: false }]),
    );
  };

  const rows = useMemo(() => {
    if (!response) return [];
    return response.data.results.map((result, i) => {
      const invitation = response.list[i] as PastedInvitation;
      const key = personKey(invitation.name);
      const known = memory[key];
      const chosen = known?.override ? known.decision : undefined;
      return { key: `${key}-${i}`, invitation, result, override: chosen, decision: chosen ?? result.decision, earlier: invitations.earlier?.[key], remembered: known };
    });
  }, [response, memory, invitations.earlier]);

  const counts = useMemo(() => {
    const c: Record<Decision, number> = { accept: 0, review: 0, ignore: 0 };
    for (const r of rows) c[r.decision]++;
    return c;
  }, [rows]);

  const exportRows = (): DecisionRow[] =>
    rows.map((r) => ({
      name: r.invitation.name,
      headline: r.invitation.headline,
      note: r.invitation.note,
      decision: r.decision,
      decidedBy: r.override ? 'you' : 'suggested',
      reasons: r.result.reasons.map((x) => `${DECISION_LABEL[x.effect]}: ${x.message}`),
      reply: r.decision === 'accept' ? r.result.reply : undefined,
      date: new Date(r.remembered?.date ?? Date.now()).toISOString().slice(0, 10),
    }));

  const clearEverything = () => {
    controller.current?.abort();
    invitationsStore.clear();
    criteriaStore.clear();
    memoryStore.clear();
    senderStore.clear();
    clearAllStored();
    setResponse(null);
    setProblem('');
  };

  const meSummary = me ? [me.industry, me.company, ...(me.schools ?? []), me.goal].filter(Boolean).join(' · ') : '';

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)] lg:gap-x-8">
      <div className="min-w-0 space-y-6">
        <InvitationInput onPaste={enter} onAdd={add} />
        <section aria-labelledby="results-heading" aria-busy={pending} className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="results-heading" className="text-lg font-semibold">
              Decisions
            </h2>
            {rows.length > 0 && (
              <div className="flex flex-wrap gap-2">
                <button type="button" className={buttonClass('secondary', 'sm')} onClick={() => download('notecoach-decisions.csv', 'text/csv;charset=utf-8', decisionsToCsv(exportRows()))}>
                  Export CSV
                </button>
                <button type="button" className={buttonClass('secondary', 'sm')} onClick={() => download('notecoach-decisions.json', 'application/json', decisionsToJson(exportRows()))}>
                  Export JSON
                </button>
              </div>
            )}
          </div>
          <p role="status" className="text-sm text-slate-800 dark:text-slate-200">
            {problem ? (
              <span className="text-red-700 dark:text-red-300">{problem}</span>
            ) : rows.length > 0 ? (
              `${counts.accept} to accept · ${counts.review} to review · ${counts.ignore} to ignore`
            ) : invitations.list.length > 0 ? (
              'Reading the invitations…'
            ) : (
              'Paste or add invitations to see what to accept.'
            )}
          </p>
          {DECISIONS.map((d) => {
            const group = rows.filter((r) => r.decision === d);
            if (group.length === 0) return null;
            return (
              <section key={d} aria-labelledby={`group-${d}`} className="space-y-3">
                <h3 id={`group-${d}`} className="font-semibold">
                  {GROUP_HEADING[d]} ({group.length})
                </h3>
                <ul className="space-y-3">
                  {group.map((r) => (
                    <TriageRow key={r.key} invitation={r.invitation} result={r.result} override={r.override} earlier={r.earlier} onOverride={(x) => override(r.invitation, r.result, x)} />
                  ))}
                </ul>
              </section>
            );
          })}
        </section>
      </div>
      <div className="min-w-0 space-y-6">
        <section aria-labelledby="me-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
          <h2 id="me-heading" className="text-lg font-semibold">
            About you
          </h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {meSummary ? `Judged against: ${meSummary}.` : 'Add your field, company, schools and goal so shared ground counts.'}{' '}
            <a href="/" className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300">
              Edit About you in the coach
            </a>
          </p>
        </section>
        <CriteriaPanel value={criteria} onChange={setCriteria} summary={rows.length > 0 ? `${counts.accept} to accept · ${counts.review} to review · ${counts.ignore} to ignore` : undefined} />
        <ClearData
          onClear={clearEverything}
          description="Your invitations, criteria, remembered decisions and About you — and everything the coach keeps — are stored in this browser only, never on a server."
        />
        {rows.some((r) => r.remembered) && <p className="text-xs text-slate-600 dark:text-slate-400">Decisions are remembered with their reason and date (latest {formatDate(Math.max(...rows.map((r) => r.remembered?.date ?? 0)))}).</p>}
      </div>
    </div>
  );
}
