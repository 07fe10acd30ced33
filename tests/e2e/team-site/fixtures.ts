import { teamDist } from '../../support/team-site';
import { servedSiteTest } from '../served-site';

/** The team site served by real nginx under /onboarding/. */
export const test = servedSiteTest(teamDist);

export { expect } from '../fixtures';
