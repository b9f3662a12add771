import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Inject } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { UserDto, toUserView } from '../users/dto/user.dto';
import { CurrentUser, Public, SignedIn } from './access.decorators';
import { AuthService } from './auth.service';
import { AuthUser, SESSION_COOKIE } from './auth-user';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto, LoginResponseDto } from './dto/login.dto';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto, description: 'Also sets the HttpOnly session cookie.' })
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponseDto> {
    const { token, expiresAt, user } = await this.auth.login(body.email, body.password, request.ip);
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: this.config.cookieSecure === 'auto' ? request.protocol === 'https' : this.config.cookieSecure,
      expires: expiresAt,
    });
    return { accessToken: token, expiresAt: expiresAt.toISOString(), user: toUserView(user) };
  }

  @SignedIn()
  @Post('auth/logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiCookieAuth(SESSION_COOKIE)
  @ApiNoContentResponse({ description: 'The session is ended and its cookie cleared.' })
  async logout(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(user);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @SignedIn()
  @Post('me/password')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiCookieAuth(SESSION_COOKIE)
  @ApiNoContentResponse({ description: 'Changed; every other session of the user has ended, this one goes on.' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming currentPassword (wrong) or newPassword (policy).' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong current passwords or failed sign-ins; Retry-After.' })
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Body() body: ChangePasswordDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.auth.changePassword(user, body.currentPassword, body.newPassword, request.ip);
  }

  @SignedIn()
  @Get('me')
  @ApiBearerAuth()
  @ApiCookieAuth(SESSION_COOKIE)
  @ApiOkResponse({ type: UserDto })
  async me(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return toUserView(await this.auth.currentUser(user.id));
  }
}
