import { Controller, Get, Post } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { AccessAudit } from './access-audit';
import { Public, Roles } from './access.decorators';

@Controller('declared')
@Roles('admin')
class DeclaredController {
  @Get() list() {}
}

@Controller('mixed')
class MixedController {
  @Public() @Get() open() {}
  @Post() forgotten() {}
  helper() {}
}

describe('AccessAudit', () => {
  it('names the routes without an access declaration, ignoring non-route methods', async () => {
    const module = await Test.createTestingModule({
      imports: [DiscoveryModule],
      controllers: [DeclaredController, MixedController],
      providers: [AccessAudit],
    }).compile();
    const sut = module.get(AccessAudit);
    expect(sut.undeclaredRoutes()).toEqual(['MixedController.forgotten']);
    expect(() => sut.onApplicationBootstrap()).toThrow(
      'Routes without an access declaration: MixedController.forgotten',
    );
  });
});
