/**
 * The router every route group is built on: an `OpenAPIHono` whose validation failures answer
 * a 400 problem naming each failing field.
 *
 * @module
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import {
  type FieldError,
  problemResponse,
  summarizeFieldErrors,
  toFieldErrors,
} from '../problem.ts';

const LOCATIONS: Record<string, FieldError['location']> = {
  json: 'body',
  param: 'path',
  query: 'query',
  header: 'header',
};

/** A new route group that reports validation failures as problems. */
export function createRouter() {
  return new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const errors = toFieldErrors(result.error.issues, LOCATIONS[result.target] ?? 'body');
      return problemResponse(c, 'validation-failed', summarizeFieldErrors(errors), { errors });
    },
  });
}
