import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { IdParam } from '../common/id-param';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CreateUserDto, UpdateUserDto } from './dto/create-user.dto';
import { CreatedUserDto, PanelPageDto, toUserView, UserDto, UserPageDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: UserPageDto })
  async list(): Promise<UserPageDto> {
    const users = await this.users.list();
    return { items: users.map(toUserView), total: users.length };
  }

  /** Who can be assigned to interview: active interviewers, hiring managers and admins. */
  @Get('panel')
  @Roles('admin', 'hiring_manager', 'recruiter')
  @ApiOkResponse({ type: PanelPageDto })
  async panel(): Promise<PanelPageDto> {
    const members = await this.users.panel();
    return { items: members, total: members.length };
  }

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: CreatedUserDto })
  async create(@Body() body: CreateUserDto, @CurrentUser() actor: AuthUser): Promise<CreatedUserDto> {
    const { user, generatedPassword } = await this.users.create(body, actor.id);
    return { ...toUserView(user), ...(generatedPassword ? { generatedPassword } : {}) };
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserDto })
  async update(@IdParam() id: string, @Body() body: UpdateUserDto, @CurrentUser() actor: AuthUser): Promise<UserDto> {
    return toUserView(await this.users.update(id, body, actor.id));
  }
}
