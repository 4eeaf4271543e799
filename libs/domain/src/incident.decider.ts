import { ArticleRef, compareArticleRefs } from './article';
import { Claim, figureKey, sameFigure } from './claim';
import { IncidentEvent, IncidentSubject, RevisionReason } from './events';

/**
 * One article revision's reading of one incident: every claim it makes about it (possibly none,
 * when a revised article no longer mentions the incident).
 */
export type RecordReading = {
  type: 'RecordReading';
  data: {
    incidentId: string;
    subject: IncidentSubject;
    article: ArticleRef;
    claims: Claim[];
    recordedAt: string;
  };
};
export type IncidentCommand = RecordReading;

export type ClaimStatus = 'active' | 'superseded' | 'withdrawn';
export type TrackedClaim = { claim: Claim; status: ClaimStatus };

export type IncidentState =
  | { status: 'unopened' }
  | { status: 'open'; incidentId: string; claims: ReadonlyMap<string, TrackedClaim> };

export const initialState = (): IncidentState => ({ status: 'unopened' });

export class IncidentMismatchError extends Error {
  readonly code = 'INCIDENT_MISMATCH';
}

export function decide(command: IncidentCommand, state: IncidentState): IncidentEvent[] {
  switch (command.type) {
    case 'RecordReading':
      return recordReading(command.data, state);
    default: {
      const unknown: never = command.type;
      throw new Error(`unknown command ${String(unknown)}`);
    }
  }
}

function recordReading(data: RecordReading['data'], state: IncidentState): IncidentEvent[] {
  const { incidentId, article, recordedAt } = data;
  for (const claim of data.claims) {
    if (claim.incidentId !== incidentId) {
      throw new IncidentMismatchError(`claim ${claim.claimId} belongs to ${claim.incidentId}, not ${incidentId}`);
    }
  }
  const events: IncidentEvent[] = [];
  const tracked = new Map(state.status === 'open' ? state.claims : []);
  if (state.status === 'unopened') {
    if (data.claims.length === 0) return [];
    events.push({ type: 'IncidentOpened', data: { incidentId, subject: data.subject, openedBy: article, recordedAt } });
  }

  // Claims of earlier revisions of this article that this reading still makes (or revises).
  const carried = new Set<string>();
  for (const claim of data.claims) {
    if (tracked.has(claim.claimId)) {
      carried.add(claim.claimId);
      continue;
    }
    const prior = latestActive(tracked, claim);
    const isNewer = prior !== undefined && compareArticleRefs(prior.article, claim.article) < 0;
    const sameArticle = prior?.article.articleId === claim.article.articleId;
    if (prior && isNewer && sameArticle && sameFigure(prior, claim)) {
      carried.add(prior.claimId); // an unchanged claim in a re-published article: nothing new
      continue;
    }
    if (prior && isNewer && !sameFigure(prior, claim)) {
      events.push({
        type: 'CasualtyRevised',
        data: { incidentId, claim, supersedes: prior.claimId, reason: revisionReason(prior, claim), recordedAt },
      });
      tracked.set(prior.claimId, { claim: prior, status: 'superseded' });
    } else {
      events.push({ type: 'ClaimReported', data: { incidentId, claim, recordedAt } });
    }
    tracked.set(claim.claimId, { claim, status: 'active' });
  }

  for (const { claim, status } of tracked.values()) {
    const fromEarlierRevision =
      claim.article.articleId === article.articleId && claim.article.revision < article.revision;
    if (status === 'active' && fromEarlierRevision && !carried.has(claim.claimId)) {
      events.push({
        type: 'ClaimWithdrawn',
        data: { incidentId, claimId: claim.claimId, by: article, reason: 'absent_from_revision', recordedAt },
      });
    }
  }
  return events;
}

/** The source's current figure for the same outcome and victims, if any. */
function latestActive(tracked: ReadonlyMap<string, TrackedClaim>, claim: Claim): Claim | undefined {
  let latest: Claim | undefined;
  for (const { claim: other, status } of tracked.values()) {
    if (status !== 'active' || other.source.key !== claim.source.key) continue;
    if (figureKey(other) !== figureKey(claim) || (other.subsetOf === undefined) !== (claim.subsetOf === undefined)) continue;
    if (!latest || compareArticleRefs(latest.article, other.article) < 0) latest = other;
  }
  return latest;
}

function revisionReason(prior: Claim, next: Claim): RevisionReason {
  if (prior.preliminary && !next.preliminary) return 'preliminary_made_final';
  return prior.article.articleId === next.article.articleId ? 'article_revision' : 'later_report';
}

export function evolve(state: IncidentState, event: IncidentEvent): IncidentState {
  switch (event.type) {
    case 'IncidentOpened':
      return state.status === 'open' ? state : { status: 'open', incidentId: event.data.incidentId, claims: new Map() };
    case 'ClaimReported':
      return withClaim(state, event.data.claim.claimId, { claim: event.data.claim, status: 'active' });
    case 'CasualtyRevised': {
      const next = withClaim(state, event.data.claim.claimId, { claim: event.data.claim, status: 'active' });
      return withStatus(next, event.data.supersedes, 'superseded');
    }
    case 'ClaimWithdrawn':
      return withStatus(state, event.data.claimId, 'withdrawn');
    default: {
      const unknown: never = event;
      void unknown;
      return state;
    }
  }
}

function withClaim(state: IncidentState, claimId: string, tracked: TrackedClaim): IncidentState {
  if (state.status !== 'open') return state;
  const claims = new Map(state.claims);
  claims.set(claimId, tracked);
  return { ...state, claims };
}

function withStatus(state: IncidentState, claimId: string, status: ClaimStatus): IncidentState {
  const current = state.status === 'open' ? state.claims.get(claimId) : undefined;
  if (!current) return state;
  return withClaim(state, claimId, { ...current, status });
}

export const incidentDecider = { decide, evolve, initialState };
