import { Controller, MessageEvent, Req, Res, Sse } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { CurrentUser, SignedIn } from '../auth/access.decorators';
import { AuthUser, SESSION_COOKIE } from '../auth/auth-user';
import { EventsService } from './events.service';

const STREAM_DESCRIPTION = [
  'Server-sent events: `change` (JSON `{action, jobId, applicationIds, at}`, ids only; `applicationIds` null means',
  'every application of the job) with the change as `id`, and `resync` (changes may have been missed: refetch).',
  'Interviewers hear only of applications they are assigned to. A comment every 15 s keeps the connection open',
  'and re-checks the session; the stream ends when the session does.',
].join(' ');

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @SignedIn()
  @Sse()
  @ApiBearerAuth()
  @ApiCookieAuth(SESSION_COOKIE)
  @ApiOperation({ summary: 'Live changes', description: STREAM_DESCRIPTION })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'The stream', content: { 'text/event-stream': { schema: { type: 'string' } } } })
  @ApiUnauthorizedResponse({ description: 'Not signed in (problem details)' })
  stream(
    @CurrentUser() user: AuthUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Observable<MessageEvent>> {
    // Written by Nest straight to the socket, past the onSend hook that stamps every other answer.
    reply.raw.setHeader('x-request-id', request.id);
    return this.events.open(user);
  }
}
