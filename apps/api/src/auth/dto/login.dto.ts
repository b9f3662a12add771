import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '@shortlist/contracts';
import { UserDto } from '../../users/dto/user.dto';

export class LoginDto {
  @ApiProperty({ example: 'admin@shortlist.test' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(320)
  @IsEmail({}, { message: 'must be an email address' })
  email!: string;

  @ApiProperty({ example: 'shortlist-demo' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  @MinLength(1, { message: 'must not be empty' })
  @IsString()
  password!: string;
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Bearer token for API clients; browsers use the HttpOnly session cookie instead.' })
  accessToken!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;

  @ApiProperty({ type: UserDto })
  user!: UserDto;
}
