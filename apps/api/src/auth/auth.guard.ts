import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../common/app-error';
import { Access, ACCESS_KEY } from './access.decorators';
import { decideAccess } from './access';
import { AuthService } from './auth.service';
import { AuthUser, SESSION_COOKIE } from './auth-user';

export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return request.cookies?.[SESSION_COOKIE];
}

/** Global guard: every route declares its access (see access.decorators.ts); undeclared means nobody. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access?.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    const token = sessionTokenOf(request);
    const user = token ? await this.auth.authenticate(token) : undefined;
    const verdict = decideAccess(access, user?.role);
    if (verdict === 'unauthenticated') throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    if (verdict === 'forbidden') throw new AppError('FORBIDDEN', 'Your role may not do this');
    if (verdict === 'undeclared') throw new AppError('FORBIDDEN', 'This route declares no access');
    request.user = user;
    return true;
  }
}
