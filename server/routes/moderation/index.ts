import { newRouter, type Deps } from '../../http/router.js';
import { deskCaseRoutes } from './cases.js';
import { deskCommentRoutes } from './comments.js';
import { deskRoutes } from './desk.js';
import { deskPrivacyRoutes } from './privacy.js';
import { deskVocabularyRoutes } from './vocabulary.js';

/** The editorial desk: every route needs a moderator's token (see http/moderator-auth.ts). */
export function moderationRoutes(deps: Deps) {
  const app = newRouter();
  app.route('/', deskRoutes(deps));
  // Before the case routes: POST …/cases/{id}/proposals must not be read as …/cases/{id}/{action}.
  app.route('/', deskVocabularyRoutes(deps));
  app.route('/', deskCaseRoutes(deps));
  app.route('/', deskCommentRoutes(deps));
  app.route('/', deskPrivacyRoutes(deps));
  return app;
}
